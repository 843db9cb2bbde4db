export { xlsxToDocument } from './xlsx-to-document';
export { readWorkbook, type SheetData } from './spreadsheet-ml';
