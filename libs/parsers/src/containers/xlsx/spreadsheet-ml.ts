import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { listZipEntries, readZipEntry, type ZipEntry } from '../../intake/zip-entries';

/** One worksheet as stored: cell text by position, merged ranges, and which cells are bordered. */
export interface SheetData {
  name: string;
  visible: boolean;
  rowCount: number;
  columnCount: number;
  /** Keyed `${row},${col}` (1-based): the text a reader sees in the cell. */
  cells: Map<string, { text: string; bordered: boolean }>;
  merges: { top: number; left: number; bottom: number; right: number }[];
}

/** Beyond these a sheet is not a report table (and a crafted dimension must not allocate forever). */
const MAX_ROWS = 5000;
const MAX_COLUMNS = 200;

/**
 * Reads the worksheets of an .xlsx straight from SpreadsheetML: shared and inline strings, cached
 * formula results, numbers at Excel's 15 significant digits, dates as ISO dates, merged ranges and
 * cell borders (which tell a table row from a line of prose).
 */
export function readWorkbook(bytes: Uint8Array): SheetData[] {
  const listing = listZipEntries(bytes);
  if (!listing.ok) throw new Error(listing.problem);
  const entries = new Map(listing.entries.map((e) => [e.name, e]));
  const part = (name: string): Element[] | undefined => {
    const entry: ZipEntry | undefined = entries.get(name);
    if (!entry) return undefined;
    return parseDocument(new TextDecoder('utf-8').decode(readZipEntry(bytes, entry)), { xmlMode: true, decodeEntities: true }).children.filter(isTag);
  };

  const workbook = part('xl/workbook.xml');
  if (!workbook) throw new Error('压缩包中没有 xl/workbook.xml');
  const targets = relationshipTargets(part('xl/_rels/workbook.xml.rels') ?? []);
  const strings = sharedStrings(part('xl/sharedStrings.xml') ?? []);
  const styles = cellStyles(part('xl/styles.xml') ?? []);

  return all(workbook, 'sheet').map((sheet) => {
    const target = targets.get(sheet.attribs['r:id'] ?? '');
    const xml = target ? part(target) : undefined;
    if (!xml) throw new Error(`工作表「${sheet.attribs['name']}」在压缩包中缺失`);
    return readSheet(sheet.attribs['name'] ?? '', (sheet.attribs['state'] ?? 'visible') === 'visible', xml, strings, styles);
  });
}

function readSheet(name: string, visible: boolean, xml: Element[], strings: string[], styles: CellStyle[]): SheetData {
  const cells = new Map<string, { text: string; bordered: boolean }>();
  let rowCount = 0;
  let columnCount = 0;
  let nextRow = 1;
  for (const row of all(xml, 'row')) {
    const r = Number(row.attribs['r']) || nextRow;
    nextRow = r + 1;
    if (r > MAX_ROWS) break;
    let nextCol = 1;
    for (const c of row.children.filter((n): n is Element => isTag(n) && n.name === 'c')) {
      const col = c.attribs['r'] ? columnIndex(c.attribs['r']) : nextCol;
      nextCol = col + 1;
      if (col > MAX_COLUMNS) continue;
      const style = styles[Number(c.attribs['s'] ?? 0)];
      const text = cellText(c, strings, style);
      const bordered = style?.bordered ?? false;
      if (text === '' && !bordered) continue;
      cells.set(`${r},${col}`, { text, bordered });
      rowCount = Math.max(rowCount, r);
      columnCount = Math.max(columnCount, col);
    }
  }
  const merges = all(xml, 'mergeCell').flatMap((m) => {
    const [a, b] = (m.attribs['ref'] ?? '').split(':');
    if (!a || !b) return [];
    const top = rowIndex(a), left = columnIndex(a), bottom = Math.min(rowIndex(b), MAX_ROWS), right = Math.min(columnIndex(b), MAX_COLUMNS);
    if (!(top >= 1 && left >= 1 && bottom >= top && right >= left)) return [];
    rowCount = Math.max(rowCount, bottom);
    columnCount = Math.max(columnCount, right);
    return [{ top, left, bottom, right }];
  });
  return { name, visible, rowCount, columnCount, cells, merges };
}

function cellText(c: Element, strings: string[], style: CellStyle | undefined): string {
  const type = c.attribs['t'] ?? 'n';
  if (type === 'inlineStr') return stringItem(first(c.children, 'is'));
  const v = first(c.children, 'v');
  if (!v) return '';
  const raw = textOf(v);
  switch (type) {
    case 's':
      return strings[Number(raw)] ?? '';
    case 'b':
      return raw === '1' ? 'TRUE' : 'FALSE';
    case 'str':
    case 'e':
      return raw;
    default: {
      const n = Number(raw);
      if (raw === '' || !Number.isFinite(n)) return raw;
      return style?.date ? excelDate(n) : String(Number(n.toPrecision(15)));
    }
  }
}

/** Excel's day serial (1900 date system, with its phantom 29 February 1900) to an ISO date. */
function excelDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400 * 1000);
  return new Date(ms).toISOString().slice(0, 10);
}

/** The text of a shared or inline string: plain or rich-text runs, without phonetic guides. */
function stringItem(si: Element | undefined): string {
  if (!si) return '';
  return si.children
    .filter(isTag)
    .map((n) => (n.name === 't' ? textOf(n) : n.name === 'r' ? textOf(first(n.children, 't')) : ''))
    .join('');
}

function sharedStrings(xml: Element[]): string[] {
  const sst = xml.find((n) => n.name === 'sst');
  return sst ? sst.children.filter((n): n is Element => isTag(n) && n.name === 'si').map(stringItem) : [];
}

interface CellStyle {
  bordered: boolean;
  date: boolean;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

function cellStyles(xml: Element[]): CellStyle[] {
  const sheet = xml.find((n) => n.name === 'styleSheet');
  if (!sheet) return [];
  const borders = children(first(sheet.children, 'borders'), 'border').map((b) =>
    b.children.some((side) => isTag(side) && ['left', 'right', 'top', 'bottom'].includes(side.name) && (side.attribs['style'] ?? 'none') !== 'none'),
  );
  const customDates = new Set(
    children(first(sheet.children, 'numFmts'), 'numFmt')
      .filter((f) => isDateFormat(f.attribs['formatCode'] ?? ''))
      .map((f) => Number(f.attribs['numFmtId'])),
  );
  return children(first(sheet.children, 'cellXfs'), 'xf').map((xf) => {
    const fmt = Number(xf.attribs['numFmtId'] ?? 0);
    return { bordered: borders[Number(xf.attribs['borderId'] ?? 0)] ?? false, date: BUILTIN_DATE_FORMATS.has(fmt) || customDates.has(fmt) };
  });
}

/** A number format that shows a date: y, m, d outside quotes and brackets (not elapsed-time [h]). */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[yd]/i.test(bare) || /m/i.test(bare.replace(/[hs]+:?m+|m+:?s+/gi, ''));
}

function relationshipTargets(xml: Element[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const rel of all(xml, 'Relationship')) {
    const target = rel.attribs['Target'] ?? '';
    out.set(rel.attribs['Id'] ?? '', target.startsWith('/') ? target.slice(1) : normalizePath(`xl/${target}`));
  }
  return out;
}

function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

export function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n;
}

function rowIndex(ref: string): number {
  return Number(/\d+/.exec(ref)?.[0] ?? 0);
}

function first(nodes: AnyNode[], name: string): Element | undefined {
  return nodes.find((n): n is Element => isTag(n) && n.name === name);
}

function children(node: Element | undefined, name: string): Element[] {
  return node ? node.children.filter((n): n is Element => isTag(n) && n.name === name) : [];
}

/** Every descendant element of a name, in document order. */
function all(nodes: AnyNode[], name: string): Element[] {
  const out: Element[] = [];
  const stack = [...nodes].reverse();
  while (stack.length) {
    const node = stack.pop() as AnyNode;
    if (!isTag(node)) continue;
    if (node.name === name) out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return out;
}

function textOf(node: Element | undefined): string {
  if (!node) return '';
  return node.children.map((c) => (isText(c) ? c.data : isTag(c) ? textOf(c) : '')).join('');
}
