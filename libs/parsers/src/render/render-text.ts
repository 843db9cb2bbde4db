import type { CanonicalReport } from '@nianbao/report';
import * as iconv from 'iconv-lite';
import { expandTable, plainValue, reportLayout, type LayoutBlock, type LayoutTable, type ValueWriter } from './layout';

export interface MarkdownOptions {
  /** Write the table figures with full-width digits (０１２…), as some agencies' documents do. */
  fullWidthDigits?: boolean;
}

const toFullWidth = (s: string): string => s.replace(/[0-9.]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const pipeEscape = (s: string): string => s.replace(/\|/g, '\\|');

/**
 * Markdown with pipe tables. Pipe tables cannot merge cells: a merged cell's text stands in its
 * top-left position and the positions it covers are left empty, as HTML-to-Markdown converters write it.
 */
export function renderMarkdown(report: CanonicalReport, options: MarkdownOptions = {}): string {
  const write: ValueWriter = options.fullWidthDigits ? (k, v) => toFullWidth(plainValue(k, v)) : plainValue;
  return renderBlocks(reportLayout(report, { write }), {
    title: (t) => `# ${t}`,
    heading: (t) => `## ${t}`,
    paragraph: (t) => t,
    table: markdownTable,
  });
}

function markdownTable(table: LayoutTable): string {
  const grid = expandTable(table).map((row) => row.map((pos) => (pos.dr === 0 && pos.dc === 0 ? pipeEscape(pos.cell.text) : '')));
  const [head, ...body] = grid;
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head ?? []), line(new Array(table.width).fill('---')), ...body.map(line)].join('\n');
}

/**
 * Plain text with tab-separated tables, the way a table copied out of a browser or Word lands in a
 * text file (the seed document): a cell covered by a row span leaves an empty field, a column span
 * leaves none, so value columns shift with the number of label levels a row carries.
 */
export function renderText(report: CanonicalReport): string {
  return renderBlocks(reportLayout(report), {
    title: (t) => t,
    heading: (t) => t,
    paragraph: (t) => t,
    table: tabTable,
  });
}

function tabTable(table: LayoutTable): string {
  return expandTable(table)
    .map((row) => row.filter((pos) => pos.dc === 0).map((pos) => (pos.dr === 0 ? pos.cell.text : '')))
    .map((cells) => cells.join('\t'))
    .join('\n');
}

/** The tab-separated text encoded in GB18030 (the superset of GBK), as many agency systems save it. */
export function renderGbkText(report: CanonicalReport): Uint8Array {
  return new Uint8Array(iconv.encode(renderText(report), 'gb18030'));
}

interface BlockWriters {
  title(text: string): string;
  heading(text: string): string;
  paragraph(text: string): string;
  table(table: LayoutTable): string;
}

function renderBlocks(blocks: LayoutBlock[], w: BlockWriters): string {
  return `${blocks.map((b) => (b.type === 'table' ? w.table(b.table) : w[b.type](b.text))).join('\n\n')}\n`;
}
