import type { Block, DocumentModel, Grid, GridCell } from '../../document/document-model';
import { extractHtmlTables, type EmbeddedBlock } from './embedded-html';
import { attachLooseLabels, type LooseLine } from './loose-labels';
import { isDataRow, shapeTable } from './row-shape';
import { alignSpacedColumns } from './spaced-columns';
import { classifyLines, type Line, type Row, type TableLayout } from './text-lines';

type Segment =
  | { kind: 'blank' }
  | { kind: 'text'; line: number; text: string; heading: boolean }
  | { kind: 'table'; layout: TableLayout; rows: Row[] };

// Between two fragments of one broken table only short lines occur (label pieces, repeated captions);
// a sentence, a section heading or a long run of lines means the table has ended.
const MAX_LOOSE_CHARS = 40;
const MAX_LOOSE_LINES = 24;
const SECTION_HEADING = /^[一二三四五六七八九十]{1,3}、.*(?:情况|事项|问题)$/;
const TABLE_CAPTION = /^表[一二三四五六七八九十\d]/;
// The titles of the report's sections and tables end a table whatever their numbering ("3.收到和处理…").
const SECTION_TITLE = /主动公开政府信息情况|收到和处理政府信息公开申请情况|行政复议、?行政诉讼情况|存在的主要问题|其他需要报告的事项/;

function segments(lines: Line[]): Segment[] {
  const out: Segment[] = [];
  let table: Extract<Segment, { kind: 'table' }> | null = null;
  for (const l of lines) {
    if (l.kind === 'row') {
      if (table && table.layout === l.layout) table.rows.push(l.row);
      else out.push((table = { kind: 'table', layout: l.layout, rows: [l.row] }));
      continue;
    }
    table = null;
    out.push(l.kind === 'text' ? { kind: 'text', line: l.line, text: l.text, heading: l.heading } : { kind: 'blank' });
  }
  return out;
}

const MAX_HEADER_LINES = 10;

function isCaption(s: Segment): boolean {
  return s.kind === 'text' && TABLE_CAPTION.test(s.text);
}

/** A line that may sit inside a broken table: blank, a table caption, or short text that is no sentence and no section title. */
function isLoose(s: Segment): boolean {
  if (s.kind === 'blank') return true;
  if (s.kind !== 'text') return false;
  if (isCaption(s)) return true;
  if (s.heading) return false;
  return s.text.length <= MAX_LOOSE_CHARS && !/[。；;]$/.test(s.text) && !SECTION_HEADING.test(s.text) && !SECTION_TITLE.test(s.text);
}

/**
 * Whether a caption inside a gap starts another table: a caption the table already carries is repeated
 * page furniture; another caption, or a first caption after the table has shown figures, is a new table.
 */
function startsAnotherTable(s: Segment, captions: Set<string>, hasData: boolean): boolean {
  if (s.kind !== 'text' || !isCaption(s) || captions.has(s.text)) return false;
  return captions.size > 0 || hasData;
}

/**
 * Extraction also moves a wrapped table header out of the table, onto the lines right above it
 * ("行政复议行政诉讼", "未经复议直接起诉复议后起诉", "结果结果其他尚未" …). Those lines (short, no
 * sentence, no section heading, up to a blank line) are taken back as label-only header rows.
 */
function headerLinesBefore(out: Segment[]): Row[] {
  const rows: Row[] = [];
  while (rows.length < MAX_HEADER_LINES) {
    const last = out[out.length - 1];
    if (!last || last.kind !== 'text' || !isLoose(last)) break;
    out.pop();
    rows.unshift({ line: last.line, header: false, cells: [{ text: last.text, line: last.line }] });
  }
  return rows;
}

/**
 * Joins the fragments of one pipe table that extraction broke apart (label pieces on loose lines,
 * repeated table captions, page footers between them) into one table, and gives unlabeled rows their
 * loose labels. Lines that label no row are kept as text blocks before the table.
 */
function mergeBrokenTables(segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    if (seg.kind !== 'table' || seg.layout !== 'pipe') {
      out.push(seg);
      continue;
    }
    const rows = [...headerLinesBefore(out), ...seg.rows];
    const captions = new Set(rows.flatMap((r) => r.cells.filter((c) => TABLE_CAPTION.test(c.text)).map((c) => c.text)));
    const loose: LooseLine[] = [];
    let hasData = rows.some(isDataRow);
    let j = i + 1;
    for (;;) {
      const seen = new Set(captions);
      let k = j;
      while (k < segs.length && k - j < MAX_LOOSE_LINES && isLoose(segs[k] as Segment) && !startsAnotherTable(segs[k] as Segment, seen, hasData)) {
        const s = segs[k] as Segment;
        if (s.kind === 'text' && isCaption(s)) seen.add(s.text);
        k++;
      }
      const next = segs[k];
      if (!next || next.kind !== 'table' || next.layout !== 'pipe') break;
      for (const s of segs.slice(j, k)) if (s.kind === 'text') loose.push({ line: s.line, text: s.text });
      for (const c of seen) captions.add(c);
      rows.push(...next.rows);
      hasData ||= next.rows.some(isDataRow);
      j = k + 1;
    }
    i = j - 1;
    const { rows: labelled, unused } = loose.length > 0 ? attachLooseLabels(rows, loose) : { rows, unused: [] };
    for (const u of unused) out.push({ kind: 'text', line: u.line, text: u.text, heading: false });
    out.push({ kind: 'table', layout: 'pipe', rows: labelled });
  }
  return out;
}

function toGrid(rows: Row[]): Grid {
  return rows.map((r) =>
    r.cells.map((c): GridCell => {
      const cell: GridCell = { text: c.text, source: { type: 'line', line: c.line } };
      if (c.missing) cell.missing = c.missing;
      return cell;
    }),
  );
}

/**
 * Plain text and Markdown report documents to the document model: headings and prose lines become
 * text blocks (one per line, Markdown markers removed), and pipe tables, tab-separated tables and
 * space-aligned tables become grids. A data row is [label cells…, the cells after its last label]:
 * the values are its last cells, possibly followed by padding, which the reader fits from the right.
 * Tables that extraction broke apart are joined again with their loose labels; cells the source lost
 * are placeholders marked `missing`. Page footers are dropped.
 */
export function textToDocument(text: string): DocumentModel {
  const embedded = extractHtmlTables(text);
  const lines = classifyLines(embedded.text);
  const markdown = embedded.blocks.length > 0 || lines.some((l) => (l.kind === 'row' && l.layout === 'pipe') || (l.kind === 'text' && l.heading));
  const blocks: Block[] = [];
  for (const s of mergeBrokenTables(segments(lines))) {
    if (s.kind === 'blank') continue;
    if (s.kind === 'text') {
      if (s.text !== '') blocks.push({ type: 'text', text: s.text, source: { type: 'line', line: s.line } });
      continue;
    }
    const grid = toGrid(shapeTable(s.layout === 'spaced' ? alignSpacedColumns(s.rows) : s.rows, s.layout === 'pipe'));
    if (grid.length > 0) blocks.push({ type: 'table', grid, source: { type: 'line', line: (s.rows[0] as Row).line } });
  }
  return { container: markdown ? 'markdown' : 'text', blocks: inLineOrder(blocks, embedded.blocks) };
}

/** Puts the blocks of embedded HTML tables among the others, where their lines say. */
function inLineOrder(blocks: Block[], embedded: EmbeddedBlock[]): Block[] {
  if (embedded.length === 0) return blocks;
  const out: Block[] = [];
  let e = 0;
  for (const b of blocks) {
    const line = b.source.type === 'line' ? b.source.line : 0;
    while (e < embedded.length && (embedded[e] as EmbeddedBlock).line <= line) out.push((embedded[e++] as EmbeddedBlock).block);
    out.push(b);
  }
  while (e < embedded.length) out.push((embedded[e++] as EmbeddedBlock).block);
  return out;
}
