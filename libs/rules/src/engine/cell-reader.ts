import type { CanonicalReport, CellProvenance } from '@nianbao/report';

/** How a rule may use a cell (spec "Values: what a cell holds"). */
export type OperandState = 'number' | 'blank' | 'text';

export interface Operand {
  readonly key: string;
  /** The number, or 0 for a blank/n/a cell (rules read those as 0). */
  readonly value: number;
  readonly state: OperandState;
  /** What the document said, when the cell could not be read as a number. */
  readonly raw?: string;
}

const pathCache = new Map<string, string[]>();
function pathOf(key: string): string[] {
  let p = pathCache.get(key);
  if (!p) {
    p = key.split('.');
    pathCache.set(key, p);
  }
  return p;
}

/**
 * Reads cells of one report for the rules. A number is a number whatever the provenance says (a
 * structured submission has none: null means blank); a null cell whose provenance kind is `text`
 * is unreadable, every other null is blank.
 */
export class CellReader {
  private readonly cache = new Map<string, Operand>();

  constructor(
    readonly report: CanonicalReport,
    private readonly provenance?: Record<string, CellProvenance>,
  ) {}

  read(key: string): Operand {
    const hit = this.cache.get(key);
    if (hit) return hit;
    let cur: unknown = this.report;
    for (const part of pathOf(key)) {
      cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
    }
    let op: Operand;
    if (typeof cur === 'number' && Number.isFinite(cur)) op = { key, value: cur, state: 'number' };
    else {
      const prov = this.provenance?.[key];
      op = prov?.kind === 'text' ? { key, value: 0, state: 'text', raw: prov.raw } : { key, value: 0, state: 'blank' };
    }
    this.cache.set(key, op);
    return op;
  }

  /** True when the report carries the table at all (a JSON submission may omit one). */
  hasGroup(group: 'active' | 'active2019' | 'applications' | 'disputes'): boolean {
    const g = this.report[group];
    return g !== undefined && g !== null && typeof g === 'object' && Object.keys(g).length > 0;
  }
}
