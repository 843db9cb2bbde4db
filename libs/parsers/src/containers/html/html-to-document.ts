import { isTag, isText, type AnyNode, type Document, type Element } from 'domhandler';
import type { Block, DocumentModel } from '../../document/document-model';
import { collapseWhitespace } from '../../normalize/text';
import { parseHtml } from './parse-html';
import { expandGrid, spanValue, SPAN_LIMITS, type RawCell } from './html-grid';

/** Elements whose content is never document text (page chrome, code, embedded objects). */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'svg', 'math', 'select', 'textarea', 'button']);
/** Elements that end a paragraph: the text on either side belongs to different blocks. */
const BLOCK_LEVEL = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article', 'header',
  'footer', 'nav', 'aside', 'main', 'blockquote', 'pre', 'center', 'address', 'figure', 'figcaption', 'hr', 'form',
  'fieldset', 'legend', 'caption', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'body', 'html',
]);
// Bounds against hostile input: a report is a few hundred KB; nesting beyond this depth is read as flat text.
const MAX_HTML_CHARS = 20_000_000;
const MAX_DEPTH = 200;

// Office and CMS markup hide what is not shown: Word's mso-hide, widgets with display:none.
const HIDDEN_STYLE = /display\s*:\s*none|mso-hide\s*:\s*all/i;

function isSkipped(node: Element): boolean {
  if (SKIPPED.has(node.name) || 'hidden' in node.attribs) return true;
  const style = node.attribs['style'];
  return style !== undefined && HIDDEN_STYLE.test(style);
}

/** Line starts of the source, so each text block can name the line it was read from. */
function lineIndex(html: string): (offset: number) => number {
  const starts = [0];
  for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** All text below a node, iteratively (no recursion on deep trees); breaks become spaces. */
function textOf(root: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isText(node)) parts.push(node.data);
    else if (isTag(node)) {
      if (isSkipped(node)) continue;
      if (node.name === 'br' || BLOCK_LEVEL.has(node.name)) parts.push(' ');
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
  }
  return collapseWhitespace(parts.join(''));
}

/** The <title> of the page, looked for outside <body> only. */
function findTitle(root: Document): Element | null {
  const stack: AnyNode[] = [...root.children];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isTag(node) || node.name === 'body') continue;
    if (node.name === 'title') return node;
    stack.push(...node.children);
  }
  return null;
}

/** The rows of a data table: <tr> directly below it or below its thead/tbody/tfoot. */
function tableRows(table: Element): RawCell[][] {
  const rows: RawCell[][] = [];
  const visit = (parent: Element): void => {
    for (const child of parent.children) {
      if (!isTag(child)) continue;
      if (child.name === 'tr') rows.push(rowCells(child));
      else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') visit(child);
    }
  };
  visit(table);
  return rows;
}

function rowCells(tr: Element): RawCell[] {
  return tr.children.filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th')).map((td) => ({
    text: textOf(td),
    rowspan: spanValue(td.attribs['rowspan'], SPAN_LIMITS.rowspan),
    colspan: spanValue(td.attribs['colspan'], SPAN_LIMITS.colspan),
  }));
}

/**
 * Government CMS pages and Office-pasted HTML to the document model: paragraphs and headings become
 * text blocks (named by their source line), data tables become grids with merged cells expanded,
 * in document order. Never throws on malformed markup.
 *
 * A cell's source is `{ type: 'table', table, row, cell }`, all 1-based: the data table's place among
 * the page's data tables (layout tables not counted), its <tr>, and the <td>/<th> as written in that
 * row (not the grid column), so that a merged cell names its master everywhere it is repeated.
 */
export function htmlToDocument(html: string): DocumentModel {
  const { dom, source, layoutTables: layout } = parseHtml(html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html);
  const lineOf = lineIndex(source);
  const blocks: Block[] = [];
  let buffer: string[] = [];
  let bufferStart = 0;
  let tables = 0;

  const flush = (): void => {
    const text = collapseWhitespace(buffer.join(''));
    if (text) blocks.push({ type: 'text', text, source: { type: 'line', line: lineOf(bufferStart) } });
    buffer = [];
  };
  const appendText = (text: string, start: number | null): void => {
    if (buffer.length === 0) bufferStart = start ?? 0;
    buffer.push(text);
  };

  const walk = (node: AnyNode, depth: number): void => {
    if (isText(node)) {
      appendText(node.data, node.startIndex);
      return;
    }
    if (!isTag(node) || isSkipped(node)) return;
    if (depth > MAX_DEPTH) {
      appendText(textOf(node), node.startIndex);
      return;
    }
    if (node.name === 'table' && !layout.has(node)) {
      flush();
      tables++;
      const grid = expandGrid(tableRows(node), tables);
      blocks.push({ type: 'table', grid, source: { type: 'table', table: tables, row: 0, cell: 0 } });
      return;
    }
    if (node.name === 'br') {
      flush();
      return;
    }
    const block = BLOCK_LEVEL.has(node.name) || node.name === 'table';
    if (block) flush();
    for (const child of node.children) walk(child, depth + 1);
    if (block) flush();
  };

  // Some CMS pages carry the report's title only in <head><title>; it is read first, as the page's heading.
  const title = findTitle(dom);
  if (title) blocks.push({ type: 'text', text: textOf(title), source: { type: 'line', line: lineOf(title.startIndex ?? 0) } });
  for (const child of dom.children) walk(child, 0);
  flush();
  return { container: 'html', blocks };
}
