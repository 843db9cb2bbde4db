export { docxToDocument } from './docx-to-document';
