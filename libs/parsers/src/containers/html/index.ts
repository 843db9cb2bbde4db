export { htmlToDocument } from './html-to-document';
