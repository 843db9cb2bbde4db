export { textToDocument } from './text-to-document';
