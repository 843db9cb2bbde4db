import { APPLICANT_COLUMNS, cellLabel, cellValue, numericCellKeys, type CanonicalReport } from '@nianbao/report';

export interface CompareRow {
  key: string;
  label: string;
  a: number | null;
  b: number | null;
  /** b − a when both are numbers; null otherwise. */
  delta: number | null;
  differs: boolean;
}

/** Every numeric cell of either report, in table order (A's format first), with both values. */
export function compareCells(a: CanonicalReport, b: CanonicalReport): CompareRow[] {
  const keys = [...new Set([...numericCellKeys(a.formatVersion), ...numericCellKeys(b.formatVersion)])];
  return keys.map((key) => {
    const va = cellValue(a, key);
    const vb = cellValue(b, key);
    // Decimal amounts (万元) keep their published digits; the difference is rounded to the 4 places the spec allows.
    const delta = va !== null && vb !== null ? Math.round((vb - va) * 10000) / 10000 : null;
    return { key, label: cellLabel(key), a: va, b: vb, delta, differs: va !== vb };
  });
}

export interface CarryOverRow {
  column: string;
  carriedForwardPrev: number | null;
  carriedOverNext: number | null;
  holds: boolean;
}

/**
 * X.carryOver seen side by side: 结转下年度 of the earlier year against 上年结转 of the next, per column.
 * Null when the two reports are not consecutive years of one agency.
 */
export function carryOverCheck(
  earlier: { agencyId: string; year: number; report: CanonicalReport },
  later: { agencyId: string; year: number; report: CanonicalReport },
): CarryOverRow[] | null {
  if (earlier.agencyId !== later.agencyId || later.year !== earlier.year + 1) return null;
  return APPLICANT_COLUMNS.map((c) => {
    const prev = cellValue(earlier.report, `applications.carriedForward.${c.key}`);
    const next = cellValue(later.report, `applications.carriedOver.${c.key}`);
    return { column: c.label, carriedForwardPrev: prev, carriedOverNext: next, holds: (prev ?? 0) === (next ?? 0) };
  });
}
