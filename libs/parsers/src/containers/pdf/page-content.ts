import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text on a page, in top-down page coordinates (points). */
export interface TextRun {
  text: string;
  x0: number;
  x1: number;
  /** Vertical centre of the glyphs. */
  cy: number;
  size: number;
}

/** An axis-aligned ruling: horizontal (y fixed, from a to b along x) or vertical (x fixed). */
export interface Rule {
  axis: 'h' | 'v';
  at: number;
  a: number;
  b: number;
}

export interface PageContent {
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
  rules: Rule[];
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Thinner than this, a filled rectangle is a drawn line rather than a shaded box. */
const LINE_THICKNESS = 2.5;

export async function readPageContent(page: PDFPageProxy, ops: Record<string, number>): Promise<PageContent> {
  const [vx0, vy0, vx1, vy1] = page.view as [number, number, number, number];
  const height = vy1 - vy0;
  const width = vx1 - vx0;
  const toTop = (y: number): number => vy1 - y;

  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [a, b, , d, e, f] = item.transform as Matrix;
    const size = Math.hypot(a, b) || Math.abs(d) || item.height || 10;
    runs.push({ text: item.str, x0: e - vx0, x1: e - vx0 + item.width, cy: toTop(f + size * 0.35), size });
  }

  const rules = await readRules(page, ops, (x, y) => [x - vx0, toTop(y)], width, height);
  return { page: page.pageNumber, width, height, runs, rules };
}

/**
 * Table borders as rulings: stroked or filled axis-aligned paths. Shaded cell boxes count by their
 * edges; a box covering most of the page is a background and is ignored.
 */
async function readRules(page: PDFPageProxy, ops: Record<string, number>, toPage: (x: number, y: number) => [number, number], width: number, height: number): Promise<Rule[]> {
  const list = await page.getOperatorList();
  const painting = new Set([ops.stroke, ops.closeStroke, ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.constructPath && painting.has(args[0] as number)) {
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (data) rules.push(...pathRules(data, (x, y) => toPage(...apply(ctm, x, y)), width, height));
    }
  });
  return rules;
}

const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** Splits pdf.js path data into polylines and keeps their axis-aligned pieces. */
function pathRules(data: ArrayLike<number>, map: (x: number, y: number) => [number, number], width: number, height: number): Rule[] {
  const polylines: [number, number][][] = [];
  let current: [number, number][] = [];
  for (let i = 0; i < data.length; ) {
    const op = data[i] as number;
    if (op === MOVE) {
      if (current.length) polylines.push(current);
      current = [map(data[i + 1] as number, data[i + 2] as number)];
      i += 3;
    } else if (op === LINE) {
      current.push(map(data[i + 1] as number, data[i + 2] as number));
      i += 3;
    } else if (op === CURVE) {
      current = [];
      i += 7;
    } else if (op === QUAD) {
      current = [];
      i += 5;
    } else if (op === CLOSE) {
      if (current[0]) current.push(current[0]);
      i += 1;
    } else break;
  }
  if (current.length) polylines.push(current);

  const rules: Rule[] = [];
  for (const poly of polylines) {
    const xs = poly.map((p) => p[0]);
    const ys = poly.map((p) => p[1]);
    const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
    const w = maxX - minX;
    const h = maxY - minY;
    if (w > width * 0.9 && h > height * 0.9) continue;
    if (poly.length >= 4 && isRectangle(poly)) {
      if (h <= LINE_THICKNESS && w > LINE_THICKNESS) rules.push({ axis: 'h', at: (minY + maxY) / 2, a: minX, b: maxX });
      else if (w <= LINE_THICKNESS && h > LINE_THICKNESS) rules.push({ axis: 'v', at: (minX + maxX) / 2, a: minY, b: maxY });
      else if (w > LINE_THICKNESS && h > LINE_THICKNESS) {
        rules.push({ axis: 'h', at: minY, a: minX, b: maxX }, { axis: 'h', at: maxY, a: minX, b: maxX });
        rules.push({ axis: 'v', at: minX, a: minY, b: maxY }, { axis: 'v', at: maxX, a: minY, b: maxY });
      }
      continue;
    }
    for (let k = 1; k < poly.length; k++) {
      const [x0, y0] = poly[k - 1] as [number, number];
      const [x1, y1] = poly[k] as [number, number];
      if (Math.abs(y0 - y1) < 0.5 && Math.abs(x1 - x0) > LINE_THICKNESS) rules.push({ axis: 'h', at: y0, a: Math.min(x0, x1), b: Math.max(x0, x1) });
      else if (Math.abs(x0 - x1) < 0.5 && Math.abs(y1 - y0) > LINE_THICKNESS) rules.push({ axis: 'v', at: x0, a: Math.min(y0, y1), b: Math.max(y0, y1) });
    }
  }
  return rules;
}

function isRectangle(poly: [number, number][]): boolean {
  for (let k = 1; k < poly.length; k++) {
    const [x0, y0] = poly[k - 1] as [number, number];
    const [x1, y1] = poly[k] as [number, number];
    if (Math.abs(x0 - x1) > 0.5 && Math.abs(y0 - y1) > 0.5) return false;
  }
  return true;
}
