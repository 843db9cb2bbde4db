import type { CanonicalReport } from '@nianbao/report';
import { reportLayout, reportTitle, type LayoutBlock, type LayoutTable } from './layout';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;font-size:12pt;margin:2em}
h1{font-size:18pt;text-align:center}h2{font-size:14pt}
table{border-collapse:collapse;width:100%;margin:0.5em 0 1em}
td,th{border:1px solid #000;padding:2px 4px;text-align:center;font-size:10pt}
th{font-weight:normal;background:#f2f2f2}
tr{page-break-inside:avoid}`;

/** A standalone HTML page in the official layout; the tables carry the official merged headers. */
export function renderHtml(report: CanonicalReport): string {
  const body = reportLayout(report).map(blockHtml).join('\n');
  const title = escapeHtml(reportTitle(report));
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head>\n<body>\n${body}\n</body></html>\n`;
}

function blockHtml(block: LayoutBlock): string {
  switch (block.type) {
    case 'title':
      return `<h1>${escapeHtml(block.text)}</h1>`;
    case 'heading':
      return `<h2>${escapeHtml(block.text)}</h2>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'table':
      return tableHtml(block.table);
  }
}

export function tableHtml(table: LayoutTable): string {
  const rows = table.rows.map((row) => {
    const cells = row.map((cell) => {
      const tag = cell.header ? 'th' : 'td';
      const span = `${(cell.rowspan ?? 1) > 1 ? ` rowspan="${cell.rowspan}"` : ''}${(cell.colspan ?? 1) > 1 ? ` colspan="${cell.colspan}"` : ''}`;
      return `<${tag}${span}>${escapeHtml(cell.text)}</${tag}>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table>\n${rows.join('\n')}\n</table>`;
}
