import { foldCellLines } from './cell-lines';
import { cellShape, cleanCellText } from './cell-shape';

/** A table row as read from one source line: cells in order, each with the line it came from. */
export interface RowCell {
  text: string;
  line: number;
  /** Set on a placeholder for a cell the source lost (see GridCell.missing). */
  missing?: string;
}
export interface Row {
  line: number;
  cells: RowCell[];
  /** A Markdown header row: the line right after it is a delimiter row (|---|---|). */
  header: boolean;
  /** The source line of a space-aligned row, whose character positions tell its columns. */
  source?: string;
}

export type TableLayout = 'pipe' | 'tab' | 'spaced';

/** One source line, classified. Page footers and pipe delimiter rows are structure, not content. */
export type Line =
  | { kind: 'blank'; line: number }
  | { kind: 'text'; line: number; text: string; heading: boolean; raw: string; source: string }
  | { kind: 'row'; line: number; layout: TableLayout; row: Row };

// Page furniture of PDF extractions: "— 5 —", "- 5 -", "第 5 页", "第5页 共7页".
const PAGE_FOOTER = /^(?:[—–－-]{1,3}\s*\d{1,4}\s*[—–－-]{1,3}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)$/;
const PIPE_DELIMITER = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
// Two or more spaces (or an ideographic space) separate the cells of a space-aligned table.
const WIDE_GAP = /(?:\s{2,}|\u3000+)/;
// "行政许可 97", "规章 0 0 0": a short label without sentence punctuation, then figures after single spaces.
const LABEL_THEN_FIGURES = /^([^\s\d０-９，。；：、,.;:！？!?|][^\s，。；：、,;:！？!?|]{0,15})((?:[ \t\u3000]+[+-]?[\d０-９][\d０-９,，.．]*)+)$/;
// A hard-wrapped prose line: a table row never sits alone between two of these.
const PROSE_MIN_CHARS = 20;

function splitPipeRow(trimmed: string): string[] {
  let s = trimmed.startsWith('|') ? trimmed.slice(1) : trimmed;
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  return s.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|'));
}

function toRow(line: number, cells: string[]): Row {
  return { line, cells: cells.map((c) => ({ text: cleanCellText(c), line })), header: false };
}

function stripMarkdown(text: string): string {
  return cleanCellText(text.replace(MARKDOWN_HEADING, '').replace(/^>\s?/, ''));
}

// No report table is this wide or long-lined; a longer "row" is not a table row, and reading it as one costs time.
const MAX_CELLS = 200;
const MAX_ROW_CHARS = 20_000;

/** First pass: what each line is on its own (pipe, tab or text), dropping page footers. */
function classifyAlone(raw: string, line: number): Line | null {
  const trimmed = raw.trim();
  if (trimmed === '') return { kind: 'blank', line };
  if (trimmed.length <= 24 && PAGE_FOOTER.test(trimmed)) return null;
  if (trimmed.startsWith('|') && trimmed.length > 1 && trimmed.length <= MAX_ROW_CHARS) {
    const cells = splitPipeRow(trimmed);
    if (cells.length <= MAX_CELLS) return { kind: 'row', line, layout: 'pipe', row: toRow(line, cells) };
  }
  // A leading tab alone is indentation; a tab between cells makes a tab-separated row.
  if (raw.length <= MAX_ROW_CHARS && raw.replace(/^\t+/, '').includes('\t')) {
    const cells = raw.split('\t');
    if (cells.length <= MAX_CELLS) return { kind: 'row', line, layout: 'tab', row: toRow(line, cells) };
  }
  const heading = MARKDOWN_HEADING.test(trimmed);
  return { kind: 'text', line, text: stripMarkdown(trimmed), heading, raw: trimmed, source: raw.trimEnd() };
}

/**
 * A delimiter row (|---|---|) is structure. Cells of one or two dashes are also how tables write
 * "not applicable", so such a row is a delimiter only right under a table's first row.
 */
function isDelimiter(trimmed: string, underFirstRow: boolean): boolean {
  if (!trimmed.includes('-') || !PIPE_DELIMITER.test(trimmed)) return false;
  // Without a pipe only a rule of three or more dashes is structure; a lone "-" is an n/a mark.
  if (!trimmed.includes('|')) return /-{3,}/.test(trimmed);
  return underFirstRow || trimmed.split('|').every((c) => c.trim() === '' || /-{3,}/.test(c));
}

/**
 * A tab row with a single non-empty cell ("第二十条第（一）项\t\t\t") belongs to a table only when it
 * touches a row of two or more cells; alone it is a heading or paragraph with a stray tab.
 */
function demoteLoneTabRows(lines: Line[]): void {
  const isTab = (l: Line | undefined): l is Extract<Line, { kind: 'row' }> => l?.kind === 'row' && l.layout === 'tab';
  const strong = lines.map((l) => isTab(l) && l.row.cells.filter((c) => c.text !== '').length >= 2);
  const keep = [...strong];
  for (let i = 1; i < lines.length; i++) if (isTab(lines[i]) && keep[i - 1]) keep[i] = true;
  for (let i = lines.length - 2; i >= 0; i--) if (isTab(lines[i]) && keep[i + 1]) keep[i] = true;
  lines.forEach((l, i) => {
    if (!isTab(l) || keep[i]) return;
    const text = l.row.cells.map((c) => c.text).filter((t) => t !== '').join(' ');
    lines[i] = { kind: 'text', line: l.line, text, heading: false, raw: text, source: text };
  });
}

// "…共收到申请 34" / "件，较上年…": a figure whose unit opens the next line is prose wrapped mid-sentence.
const UNIT_FIRST = /^[年月日件条个次项万元人%％，,。]/;

function continuesSentence(next: Line | undefined): boolean {
  return next?.kind === 'text' && UNIT_FIRST.test(next.text);
}

function isProse(l: Line | undefined): boolean {
  return l?.kind === 'text' && !l.heading && l.text.length >= PROSE_MIN_CHARS;
}

// Only a line with a wide gap or ending in a figure can be a row; most prose lines are neither.
const MAYBE_ROW = /(?:\s{2}|\u3000|[\d０-９]$)/;

/** The cells of a space-aligned row; `aligned` when they are columns of the layout (split on wide gaps). */
function spacedCells(l: Line): { cells: string[]; aligned: boolean } | null {
  if (l.kind !== 'text' || l.heading || !MAYBE_ROW.test(l.raw)) return null;
  const wide = l.raw.split(WIDE_GAP).map(cleanCellText).filter((c, i, all) => c !== '' || (i > 0 && i < all.length - 1));
  if (wide.length >= 2) return { cells: wide, aligned: true };
  const m = LABEL_THEN_FIGURES.exec(l.text);
  if (!m) return null;
  return { cells: [m[1] as string, ...(m[2] as string).trim().split(/[ \t\u3000]+/)], aligned: false };
}

// A label line inside a space-aligned table (a row whose cells are all blank): short, no sentence.
const MAX_LABEL_LINE_CHARS = 60;
const isLabelLine = (l: Line | undefined): boolean =>
  l?.kind === 'text' && !l.heading && l.text.length <= MAX_LABEL_LINE_CHARS && !/[。；;]$/.test(l.text);

/**
 * Second pass: text lines that are rows of a space-aligned table. A candidate with a figure is a row
 * unless it sits alone between hard-wrapped prose lines; a header candidate (cells without figures)
 * is a row when a chain of such candidates reaches a row; and a short label line directly between
 * rows (a row whose cells are all blank) is a row too.
 */
function markSpacedRows(lines: Line[]): void {
  const at = lines.flatMap((l, i) => (l.kind === 'blank' ? [] : [i]));
  const nonBlank = at.map((i) => lines[i] as Line);
  const split = nonBlank.map(spacedCells);
  const cells = split.map((c) => c?.cells ?? null);
  const hasFigure = cells.map((c) => c !== null && c.some((t) => cellShape(t) === 'value'));
  const isHeader = cells.map((c, i) => c !== null && c.length >= 2 && !hasFigure[i]);
  const proseAt = (i: number): boolean => isProse(nonBlank[i]) && !hasFigure[i] && !isHeader[i];
  const isRow = hasFigure.map((f, i) => f && !(proseAt(i - 1) && proseAt(i + 1)) && !(continuesSentence(nonBlank[i + 1]) && !hasFigure[i + 1]));
  const inTable = [...isRow];
  for (let i = 1; i < inTable.length; i++) if (isHeader[i] && inTable[i - 1]) inTable[i] = true;
  for (let i = inTable.length - 2; i >= 0; i--) if (isHeader[i] && inTable[i + 1]) inTable[i] = true;
  // Label lines between rows, with no blank line anywhere in between.
  const adjacent = (i: number): boolean => (at[i + 1] as number) === (at[i] as number) + 1;
  for (let i = 0; i < nonBlank.length; i++) {
    if (!inTable[i] || !adjacent(i)) continue;
    let j = i + 1;
    while (j < nonBlank.length && !inTable[j] && isLabelLine(nonBlank[j]) && adjacent(j)) j++;
    if (j > i + 1 && j < nonBlank.length && isRow[j]) for (let k = i + 1; k < j; k++) inTable[k] = true;
  }
  for (let i = 0; i < nonBlank.length; i++) {
    if (!inTable[i]) continue;
    const l = nonBlank[i] as Extract<Line, { kind: 'text' }>;
    const c = cells[i] ?? [l.text];
    // Positions are evidence only where the cells were split on the layout's gaps.
    const source = split[i]?.aligned === false ? undefined : l.source;
    lines[at[i] as number] = { kind: 'row', line: l.line, layout: 'spaced', row: { ...toRow(l.line, c), source } };
  }
}

/** Splits a text document into classified lines (1-based line numbers kept for provenance). */
export function classifyLines(text: string): Line[] {
  const raw = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const lines: Line[] = [];
  // GitHub-style tables may omit the outer pipes: "a | b" over "---|---" starts one, and it runs
  // while lines hold a pipe.
  let bareTable = false;
  // Pipe rows read since the last line of another kind (delimiter rows and page footers aside).
  let pipeRun = 0;
  for (let i = 0; i < raw.length; i++) {
    const rawLine = raw[i] as string;
    const trimmed = rawLine.trim();
    const prev = lines[lines.length - 1];
    const underFirstRow = pipeRun === 1 || (pipeRun === 0 && prev?.kind === 'text' && prev.line === i && prev.raw.includes('|'));
    if (isDelimiter(trimmed, underFirstRow)) {
      if (prev?.kind === 'text' && trimmed.includes('|') && prev.raw.includes('|') && prev.raw.length <= MAX_ROW_CHARS) {
        lines[lines.length - 1] = { kind: 'row', line: prev.line, layout: 'pipe', row: { ...toRow(prev.line, splitPipeRow(prev.raw)), header: true } };
        bareTable = true;
        pipeRun = 1;
      } else if (prev?.kind === 'row' && prev.layout === 'pipe') prev.row.header = true;
      // A table has one delimiter row: short dashes after it are n/a cells.
      if (pipeRun > 0) pipeRun++;
      continue;
    }
    if (bareTable && trimmed.includes('|') && !trimmed.startsWith('|') && trimmed.length <= MAX_ROW_CHARS) {
      lines.push({ kind: 'row', line: i + 1, layout: 'pipe', row: toRow(i + 1, splitPipeRow(trimmed)) });
      pipeRun++;
      continue;
    }
    bareTable = false;
    const l = classifyAlone(rawLine, i + 1);
    if (l === null) continue;
    lines.push(l);
    pipeRun = l.kind === 'row' && l.layout === 'pipe' ? pipeRun + 1 : 0;
  }
  demoteLoneTabRows(lines);
  const folded = foldCellLines(lines);
  markSpacedRows(folded);
  return folded;
}
