import { joinRuns } from './lattice';
import type { TextRun } from './page-content';

/** A line of text outside ruled tables, with its runs split where wide gaps separate them. */
export interface LooseLine {
  top: number;
  text: string;
  /** The line cut at gaps wider than a glyph: one cell for prose, several for a table row drawn without borders. */
  cells: string[];
}

/** A gap wider than this many glyph heights separates table cells; a space ("2023 年") is narrower. */
const CELL_GAP = 0.6;
/** A figure as a table cell holds it (half- or full-width digits, separators), or a not-applicable mark. */
const FIGURE = /^([0-9０-９][0-9０-９.,，．]*|[/／—－-]|无)$/;

/** Runs whose centres lie within half a glyph height of each other form a line, read left to right. */
export function looseLines(runs: TextRun[]): LooseLine[] {
  const sorted = [...runs].sort((a, b) => a.cy - b.cy);
  const grouped: { top: number; runs: TextRun[] }[] = [];
  for (const run of sorted) {
    const line = grouped.at(-1);
    if (line && Math.abs((line.runs[0] as TextRun).cy - run.cy) <= run.size * 0.5) line.runs.push(run);
    else grouped.push({ top: run.cy, runs: [run] });
  }
  return grouped
    .map((g) => {
      const byX = [...g.runs].sort((a, b) => a.x0 - b.x0);
      const segments: TextRun[][] = [];
      for (const run of byX) {
        const current = segments.at(-1);
        const prev = current?.at(-1);
        if (current && prev && run.x0 - prev.x1 <= Math.max(prev.size, run.size) * CELL_GAP) current.push(run);
        else segments.push([run]);
      }
      return { top: g.top, text: joinRuns(g.runs), cells: segments.map(joinRuns).filter((c) => c !== '') };
    })
    .filter((l) => l.text !== '');
}

/**
 * Splits loose lines into prose and borderless tables: a table is two or more rows — lines of three
 * or more cells, or a label and a figure — and keeps the other lines between them (a wrapped label,
 * a header). Rows
 * are not aligned into columns — like a table copied as tab-separated text, each row lists its
 * cells in order, and the recognizer reads them as it reads such text.
 */
export function splitBorderless(lines: LooseLine[]): ({ kind: 'text'; line: LooseLine } | { kind: 'table'; top: number; rows: string[][] })[] {
  const isRow = (l: LooseLine | undefined): boolean => (l?.cells.length ?? 0) >= 3 || (l?.cells.length === 2 && FIGURE.test(l.cells[1] as string));
  const out: ({ kind: 'text'; line: LooseLine } | { kind: 'table'; top: number; rows: string[][] })[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as LooseLine;
    if (!isRow(line)) {
      out.push({ kind: 'text', line });
      i++;
      continue;
    }
    let end = i;
    for (let k = i + 1; k < lines.length; k++) {
      if (isRow(lines[k])) end = k;
      else if (!lines.slice(k + 1, k + 3).some(isRow)) break;
    }
    if (end === i) {
      out.push({ kind: 'text', line });
      i++;
      continue;
    }
    out.push({ kind: 'table', top: line.top, rows: relabel(lines.slice(i, end + 1), isRow) });
    i = end + 1;
  }
  return out;
}

/**
 * A label too long for its cell wraps onto two lines, and the row's figures, centred vertically,
 * land on a line of their own between them. Such a figures-only row takes the label lines just
 * above and below it back as its first cell.
 */
function relabel(lines: LooseLine[], isRow: (l: LooseLine | undefined) => boolean): string[][] {
  const used = new Set<number>();
  const labelled = new Map<number, string[]>();
  lines.forEach((line, k) => {
    if (!isRow(line) || !FIGURE.test(line.cells[0] as string)) return;
    const above = k > 0 && !isRow(lines[k - 1]) && !used.has(k - 1) ? k - 1 : -1;
    const below = k + 1 < lines.length && !isRow(lines[k + 1]) ? k + 1 : -1;
    if (above < 0 && below < 0) return;
    const label = [above, below].filter((j) => j >= 0).map((j) => (lines[j] as LooseLine).cells.join('')).join('');
    [above, below].forEach((j) => j >= 0 && used.add(j));
    labelled.set(k, [label, ...line.cells]);
  });
  return lines.flatMap((line, k) => (used.has(k) ? [] : [labelled.get(k) ?? line.cells]));
}
