import type { Block, DocumentModel, GridCell } from '../document/document-model';

/**
 * A minimal stand-in for the text container in recognizer tests: runs of lines holding a tab become
 * one table whose cells are the tab-separated fields; other non-empty lines are text blocks.
 */
export function tabTextToDocument(text: string): DocumentModel {
  const blocks: Block[] = [];
  let table: GridCell[][] | null = null;
  text.split(/\r?\n/).forEach((line, i) => {
    const source = { type: 'line' as const, line: i + 1 };
    if (line.includes('\t')) {
      if (!table) {
        table = [];
        blocks.push({ type: 'table', grid: table, source });
      }
      table.push(line.split('\t').map((field) => ({ text: field.trim(), source })));
      return;
    }
    table = null;
    if (line.trim()) blocks.push({ type: 'text', text: line.trim(), source });
  });
  return { container: 'text', blocks };
}
