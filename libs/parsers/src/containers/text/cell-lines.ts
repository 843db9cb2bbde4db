import { cellShape } from './cell-shape';
import type { Line, RowCell } from './text-lines';

/**
 * Text extracted from a PDF without its layout (pdftotext without -layout, copy from a PDF viewer)
 * puts every table cell on a line of its own: a label line, then one line per figure. Such a document
 * has no row at all; when many label lines are each followed by figure lines, its tables are folded
 * back into rows: [the label lines since the previous row…, the figures]. Label lines right above a
 * table's first row (its header: 信息内容, 自然人, 行政复议 …) become header rows of one cell.
 */

// Enough rows to tell a table laid out one cell per line from prose followed by a stray figure.
const MIN_FOLDED_ROWS = 8;
const MAX_LABEL_CHARS = 60;
const MAX_VALUE_CHARS = 20;
// Table 四's header, one cell per line, is 19 lines (行政复议 … 尚未审结, and the last 总计 labels the figures).
const MAX_HEADER_LINES = 24;
// A section heading ends a table: the next table's header starts after it.
const SECTION_HEADING = /^[一二三四五六七八九十]{1,3}、.*(?:情况|事项|问题)$/;
const SECTION_TITLE = /总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|行政复议、?行政诉讼情况|存在的主要问题|其他需要报告的事项/;

type TextLine = Extract<Line, { kind: 'text' }>;

const isValue = (l: Line): boolean => l.kind === 'text' && !l.heading && l.text.length <= MAX_VALUE_CHARS && cellShape(l.text) === 'value';

function isLabel(l: Line): l is TextLine {
  if (l.kind !== 'text' || l.heading || l.text.length > MAX_LABEL_CHARS || /[。；;]$/.test(l.text)) return false;
  return !isValue(l) && !SECTION_HEADING.test(l.text) && !SECTION_TITLE.test(l.text);
}

const cellOf = (l: TextLine): RowCell => ({ text: l.text, line: l.line });

function rowLine(first: TextLine, cells: RowCell[]): Line {
  return { kind: 'row', line: first.line, layout: 'tab', row: { line: first.line, header: false, cells } };
}

export function foldCellLines(lines: Line[]): Line[] {
  if (lines.some((l) => l.kind === 'row')) return lines;
  const at = lines.flatMap((l, i) => (l.kind === 'blank' ? [] : [i]));
  const nb = at.map((i) => lines[i] as Line);
  const startsRow = (p: number): boolean => p > 0 && isValue(nb[p] as Line) && isLabel(nb[p - 1] as Line);
  let rows = 0;
  for (let p = 0; p < nb.length; p++) if (startsRow(p)) rows++;
  if (rows < MIN_FOLDED_ROWS) return lines;

  const out: (Line | null)[] = [...lines];
  // Index in `nb` after the last folded row while its table is still open (only label lines since).
  let openFrom = -1;
  for (let p = 0; p < nb.length; p++) {
    const l = nb[p] as Line;
    if (!startsRow(p)) {
      if (!isLabel(l) && !isValue(l)) openFrom = -1;
      continue;
    }
    let first = p - 1;
    if (openFrom !== -1) {
      first = openFrom;
    } else {
      for (let h = p - 2; h >= 0 && h >= p - 1 - MAX_HEADER_LINES && isLabel(nb[h] as Line); h--) {
        out[at[h] as number] = rowLine(nb[h] as TextLine, [cellOf(nb[h] as TextLine)]);
      }
    }
    let end = p;
    while (end < nb.length && isValue(nb[end] as Line)) end++;
    const cells = nb.slice(first, end).map((x) => cellOf(x as TextLine));
    for (let q = first; q < end; q++) out[at[q] as number] = null;
    out[at[first] as number] = rowLine(nb[first] as TextLine, cells);
    openFrom = end;
    p = end - 1;
  }
  return out.filter((l): l is Line => l !== null);
}
