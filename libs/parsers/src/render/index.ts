export { reportLayout, reportTitle, expandTable, type LayoutBlock, type LayoutCell, type LayoutTable, type GridPosition } from './layout';
export { renderHtml } from './render-html';
export { renderMarkdown, renderText, renderGbkText, type MarkdownOptions } from './render-text';
export { renderDocx } from './render-docx';
export { renderXlsx, buildReportWorkbook, type XlsxLayout } from './render-xlsx';
