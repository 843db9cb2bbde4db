export { pdfToDocument, type PdfRead, type PdfReadOptions } from './pdf-to-document';
