import type { CellProvenance } from '@nianbao/report';
import { parseDocument as parseDom } from 'htmlparser2';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';

/** Where a cell's figure is written in a document's source: [start, end) of its digits. */
export interface SourceSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The span of the digits that a parsed cell came from, so that a test can change a figure in the
 * document itself, as a reviewer would. `order` lists the cells of a table row in column order: a
 * text row (tab- or pipe-separated) holds its values in its last fields, labels before them. Null
 * when the figure cannot be found where the provenance says (the test then names the cell).
 */
export function locateCell(source: string, key: string, provenance: Record<string, CellProvenance>, order: readonly string[]): SourceSpan | null {
  const prov = provenance[key];
  if (!prov) return null;
  if (prov.source.type === 'table') return locateHtmlCell(source, prov.source, prov.raw);
  if (prov.source.type === 'line') {
    const line = prov.source.line;
    const onLine = order.filter((k) => {
      const s = provenance[k]?.source;
      return s?.type === 'line' && s.line === line;
    });
    return locateTextCell(source, line, onLine.indexOf(key), onLine.map((k) => provenance[k]?.raw ?? ''));
  }
  return null;
}

/** A character as the source may write it: an ASCII digit or sign also in its full-width form. */
function charPattern(ch: string): string {
  const esc = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const code = ch.charCodeAt(0);
  return code > 0x20 && code < 0x7f ? `(?:${esc(ch)}|${esc(String.fromCharCode(code + 0xfee0))})` : esc(ch);
}

/**
 * The digits of `value` inside the one place the source writes `clause` (a normalised prose clause:
 * no whitespace, NFKC), allowing whitespace, line breaks, markup and &nbsp; between its characters.
 * Null when the clause is not found once, or holds the figure more than once.
 */
export function locateProseFigure(source: string, clause: string, value: number): SourceSpan | null {
  const gap = '(?:\\s|<[^>]*>|&nbsp;|&#160;)*';
  const re = new RegExp([...clause].map(charPattern).join(gap), 'g');
  const matches = [...source.matchAll(re)];
  if (matches.length !== 1) return null;
  const m = matches[0] as RegExpExecArray;
  const runs = digitRuns(m[0]).filter((r) => Number(r.digits) === value);
  if (runs.length !== 1) return null;
  const run = runs[0] as { at: number; digits: string };
  return { start: m.index + run.at, end: m.index + run.at + run.digits.length };
}

/** Replaces the figure at `span` by `value`. */
export function replaceAt(source: string, span: SourceSpan, value: number): string {
  return `${source.slice(0, span.start)}${value}${source.slice(span.end)}`;
}

/** The digits of `text` outside character references (`&#160;`, `&nbsp;`), with their offsets. */
function digitRuns(text: string): { at: number; digits: string }[] {
  const out: { at: number; digits: string }[] = [];
  for (const m of text.matchAll(/&#?\w+;|(\d+)/g)) if (m[1] !== undefined) out.push({ at: m.index, digits: m[1] });
  return out;
}

/**
 * The row's cells are consecutive fields of its line, labels before them and empty fields (trailing
 * separators) possibly after: the one run of fields that reads as the row's figures places them.
 */
function locateTextCell(source: string, lineNo: number, index: number, raws: readonly string[]): SourceSpan | null {
  if (index < 0) return null;
  let lineStart = 0;
  for (let n = 1; n < lineNo; n++) {
    const nl = source.indexOf('\n', lineStart);
    if (nl < 0) return null;
    lineStart = nl + 1;
  }
  const nl = source.indexOf('\n', lineStart);
  const line = source.slice(lineStart, nl < 0 ? source.length : nl).replace(/\r$/, '');
  const fields: { at: number; text: string }[] = [];
  let at = 0;
  for (const text of line.split(line.includes('\t') ? '\t' : '|')) {
    fields.push({ at, text: text.trim() });
    at += text.length + 1;
  }
  const offsets: number[] = [];
  for (let o = 0; o + raws.length <= fields.length; o++) if (raws.every((r, i) => fields[o + i]?.text === r.trim())) offsets.push(o);
  if (offsets.length !== 1) return null;
  const field = fields[(offsets[0] as number) + index] as { at: number; text: string };
  const raw = line.slice(field.at);
  const run = digitRuns(raw)[0];
  return run ? { start: lineStart + field.at + run.at, end: lineStart + field.at + run.at + run.digits.length } : null;
}

/** Data tables as the HTML container counts them: every <table> that holds no other table, in document order. */
function dataTables(root: AnyNode[]): Element[] {
  const out: Element[] = [];
  const holdsTable = (el: Element): boolean => el.children.some((c) => isTag(c) && (c.name === 'table' || holdsTable(c)));
  const visit = (nodes: AnyNode[]): void => {
    for (const node of nodes) {
      if (!isTag(node)) continue;
      if (node.name === 'table' && !holdsTable(node)) out.push(node);
      else visit(node.children);
    }
  };
  visit(root);
  return out;
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isTag(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.name)) rows.push(...rowsOf(child));
  }
  return rows;
}

function textNodes(node: AnyNode): { start: number; end: number }[] {
  if (isText(node)) return node.startIndex !== null && node.endIndex !== null ? [{ start: node.startIndex, end: node.endIndex + 1 }] : [];
  return isTag(node) ? node.children.flatMap(textNodes) : [];
}

function locateHtmlCell(source: string, loc: { table: number; row: number; cell: number }, raw: string): SourceSpan | null {
  const dom = parseDom(source, { withStartIndices: true, withEndIndices: true });
  const table = dataTables(dom.children)[loc.table - 1];
  const tr = table ? rowsOf(table)[loc.row - 1] : undefined;
  const td = tr?.children.filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th'))[loc.cell - 1];
  if (!td) return null;
  const wanted = raw.replace(/\D/g, '');
  // The cell's characters with their place in the source, markup left out: Word splits "20" into <span>2</span><span>0</span>.
  const chars: { ch: string; at: number }[] = [];
  for (const t of textNodes(td)) {
    const text = source.slice(t.start, t.end);
    for (const m of text.matchAll(/&#?\w+;|[\s\S]/g)) chars.push({ ch: m[0].length > 1 ? ' ' : m[0], at: t.start + m.index });
  }
  const logical = chars.map((c) => c.ch).join('');
  for (const m of logical.matchAll(/\d+/g)) {
    if (m[0] !== wanted) continue;
    const first = chars[m.index] as { at: number };
    const last = chars[m.index + m[0].length - 1] as { at: number };
    return { start: first.at, end: last.at + 1 };
  }
  return null;
}
