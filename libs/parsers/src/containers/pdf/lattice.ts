import type { Rule, TextRun } from './page-content';

/** A table found from its ruling lines: cell texts with merges expanded, and its box on the page. */
export interface RuledTable {
  top: number;
  bottom: number;
  /** Column boundaries, left to right: continuation across a page break needs the same ones. */
  columns: number[];
  /** Each position with its merged cell's text and the position of that cell's top-left (0-based). */
  cells: { text: string; merged: boolean; row: number; col: number }[][];
}

const TOLERANCE = 1.5;
const MAX_RULES = 4000;
/** Share of a grid edge that must be ruled for it to separate two cells. */
const RULED_SHARE = 0.8;

/**
 * Lattice reading, as tabula and camelot do it for ruled tables: ruling lines that touch form a
 * table; their distinct positions form the finest grid; a grid edge without a ruling merges the two
 * cells beside it. Text runs fall into the cell that holds their centre, so a header printed one
 * character per line is read back as one word. Runs outside every table are returned as they came.
 */
export function findRuledTables(rules: Rule[], runs: TextRun[]): { tables: RuledTable[]; loose: TextRun[] } {
  // Grouping compares rulings pairwise; a page of vector art (a chart, a map) has thousands of
  // paths and no report table, and is left to the borderless reading rather than stall a job.
  if (rules.length > MAX_RULES) return { tables: [], loose: runs };
  const tables: RuledTable[] = [];
  let loose = runs;
  for (const group of connectedRules(rules)) {
    const xs = cluster(group.filter((r) => r.axis === 'v').map((r) => r.at));
    const ys = cluster(group.filter((r) => r.axis === 'h').map((r) => r.at));
    if (xs.length < 2 || ys.length < 2) continue;
    const inside = (r: TextRun): boolean => centerX(r) > (xs[0] as number) && centerX(r) < (xs.at(-1) as number) && r.cy > (ys[0] as number) && r.cy < (ys.at(-1) as number);
    tables.push(buildTable(group, xs, ys, loose.filter(inside)));
    loose = loose.filter((r) => !inside(r));
  }
  return { tables: tables.sort((a, b) => a.top - b.top), loose };
}

const centerX = (r: TextRun): number => (r.x0 + r.x1) / 2;

function buildTable(rules: Rule[], xs: number[], ys: number[], runs: TextRun[]): RuledTable {
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const vertical = rules.filter((r) => r.axis === 'v');
  const horizontal = rules.filter((r) => r.axis === 'h');
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (j + 1 < cols && !ruled(vertical, xs[j + 1] as number, ys[i] as number, ys[i + 1] as number)) union(i * cols + j, i * cols + j + 1);
      if (i + 1 < rows && !ruled(horizontal, ys[i + 1] as number, xs[j] as number, xs[j + 1] as number)) union(i * cols + j, (i + 1) * cols + j);
    }
  }

  const texts = new Map<number, TextRun[]>();
  for (const run of runs.flatMap((r) => splitAcross(r, xs))) {
    const i = indexOf(ys, run.cy);
    const j = indexOf(xs, centerX(run));
    const master = find(i * cols + j);
    texts.set(master, [...(texts.get(master) ?? []), run]);
  }
  const cells = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => {
      const master = find(i * cols + j);
      return { text: joinRuns(texts.get(master) ?? []), merged: master !== i * cols + j, row: Math.floor(master / cols), col: master % cols };
    }),
  );
  return { top: ys[0] as number, bottom: ys.at(-1) as number, columns: xs, cells };
}

/**
 * pdf.js joins strings printed on one line into one run ("42 84", "自然人 商业企"), even across a
 * cell border. A run that crosses an inner column edge is cut at its spaces, each word placed by
 * its share of the run's characters, so that every word lands in its own cell.
 */
function splitAcross(run: TextRun, xs: number[]): TextRun[] {
  const crosses = xs.slice(1, -1).some((x) => run.x0 < x - TOLERANCE && run.x1 > x + TOLERANCE);
  if (!crosses || !/\S\s+\S/.test(run.text)) return [run];
  const perChar = (run.x1 - run.x0) / run.text.length;
  const out: TextRun[] = [];
  for (const match of run.text.matchAll(/\S+/g)) {
    const x0 = run.x0 + (match.index ?? 0) * perChar;
    out.push({ ...run, text: match[0], x0, x1: x0 + match[0].length * perChar });
  }
  return out;
}

function indexOf(edges: number[], v: number): number {
  let k = 0;
  while (k + 2 < edges.length && v >= (edges[k + 1] as number)) k++;
  return k;
}

/** True when rulings at `at` cover most of the span from a to b. */
function ruled(rules: Rule[], at: number, a: number, b: number): boolean {
  const pieces = rules
    .filter((r) => Math.abs(r.at - at) <= TOLERANCE && r.b > a && r.a < b)
    .map((r) => [Math.max(r.a, a), Math.min(r.b, b)] as const)
    .sort((p, q) => p[0] - q[0]);
  let covered = 0;
  let reach = a;
  for (const [s, e] of pieces) {
    if (e <= reach) continue;
    covered += e - Math.max(s, reach);
    reach = e;
  }
  return covered >= (b - a) * RULED_SHARE;
}

/** Groups rulings that touch or cross into tables. */
function connectedRules(rules: Rule[]): Rule[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const touches = (h: Rule, v: Rule): boolean => v.at >= h.a - TOLERANCE && v.at <= h.b + TOLERANCE && h.at >= v.a - TOLERANCE && h.at <= v.b + TOLERANCE;
  const collinear = (p: Rule, q: Rule): boolean => Math.abs(p.at - q.at) <= TOLERANCE && p.a <= q.b + TOLERANCE && q.a <= p.b + TOLERANCE;
  for (let i = 0; i < rules.length; i++) {
    for (let j = i + 1; j < rules.length; j++) {
      const p = rules[i] as Rule, q = rules[j] as Rule;
      const linked = p.axis === q.axis ? collinear(p, q) : p.axis === 'h' ? touches(p, q) : touches(q, p);
      if (linked) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, Rule[]>();
  rules.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
  return [...groups.values()];
}

/** Distinct positions: values closer than the tolerance are one ruling drawn twice (adjacent cell boxes). */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    const last = out.at(-1);
    if (last === undefined || v - last > TOLERANCE) out.push(v);
  }
  return out;
}

/**
 * Joins the runs of one cell in reading order. Wrapped lines of Chinese text join without a space
 * (the line break is layout, not text); Latin words and figures keep one.
 */
export function joinRuns(runs: TextRun[]): string {
  const sorted = [...runs].sort((a, b) => (Math.abs(a.cy - b.cy) > a.size * 0.5 ? a.cy - b.cy : a.x0 - b.x0));
  let out = '';
  let prev: TextRun | undefined;
  for (const run of sorted) {
    const text = run.text.trim();
    if (prev && out && needsSpace(out, text, prev, run)) out += ' ';
    out += text;
    prev = run;
  }
  return out.replace(/\s+/g, ' ').trim();
}

function needsSpace(before: string, next: string, prev: TextRun, run: TextRun): boolean {
  const latinJoin = /[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(next);
  const sameLine = Math.abs(prev.cy - run.cy) <= prev.size * 0.5;
  if (!sameLine) return latinJoin;
  return run.x0 - prev.x1 > prev.size * 0.25;
}
