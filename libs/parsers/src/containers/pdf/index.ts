export { pdfToDocument, type PdfRead } from './pdf-to-document';
