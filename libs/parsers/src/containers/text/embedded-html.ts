import type { SourceLocation } from '@nianbao/report';
import type { Block } from '../../document/document-model';
import { htmlToDocument } from '../html';

/** A block read from an HTML table inside a text document, and the line the table starts on. */
export interface EmbeddedBlock {
  line: number;
  block: Block;
}

const TABLE_TAG = /<\/?table\b[^>]*>/gi;

function lineAt(text: string, offset: number, from: { offset: number; line: number }): number {
  let line = from.line;
  for (let i = text.indexOf('\n', from.offset); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function shift(source: SourceLocation, line: number, tables: number): SourceLocation {
  if (source.type === 'line') return { ...source, line: source.line + line - 1 };
  if (source.type === 'table') return { ...source, table: source.table + tables };
  return source;
}

/**
 * Markdown converters write a table with merged cells as HTML (<table> with rowspan/colspan) inside
 * the Markdown. Such tables are read by the HTML container, their text lines renumbered to the
 * document and their tables numbered in document order; in the text they are replaced by as many
 * line breaks, so that the lines around them keep their numbers.
 */
export function extractHtmlTables(text: string): { text: string; blocks: EmbeddedBlock[] } {
  if (!/<table\b/i.test(text)) return { text, blocks: [] };
  const blocks: EmbeddedBlock[] = [];
  const parts: string[] = [];
  let kept = 0;
  let depth = 0;
  let start = -1;
  let tables = 0;
  let at = { offset: 0, line: 1 };
  for (const m of text.matchAll(TABLE_TAG)) {
    const closing = m[0].startsWith('</');
    if (!closing) {
      if (depth++ === 0) start = m.index;
      continue;
    }
    if (depth === 0 || --depth > 0) continue;
    const end = m.index + m[0].length;
    const html = text.slice(start, end);
    const line = lineAt(text, start, at);
    at = { offset: start, line };
    const doc = htmlToDocument(html);
    let found = 0;
    for (const block of doc.blocks) {
      if (block.type === 'table') {
        found++;
        const grid = block.grid.map((row) => row.map((cell) => ({ ...cell, source: shift(cell.source, line, tables) })));
        blocks.push({ line, block: { type: 'table', grid, source: shift(block.source, line, tables) } });
      } else blocks.push({ line, block: { ...block, source: shift(block.source, line, tables) } });
    }
    tables += found;
    parts.push(text.slice(kept, start), '\n'.repeat((html.match(/\n/g) ?? []).length));
    kept = end;
  }
  parts.push(text.slice(kept));
  return { text: parts.join(''), blocks };
}
