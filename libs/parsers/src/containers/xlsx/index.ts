export { xlsxToDocument } from './xlsx-to-document';
export { excelCellText } from './cell-text';
