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

export interface CarryOverLink {
  fromYear: number;
  toYear: number;
  /** 结转下年度 of fromYear and 上年结转 of toYear, 总计 column. */
  carriedForward: number | null;
  carriedOver: number | null;
  /** Applicant columns (总计 included) where the two differ. */
  mismatches: string[];
}

/**
 * The carry-over between every pair of consecutive years in an agency's reports (oldest first); a gap
 * year breaks the chain and yields no link, since there is nothing to compare with.
 */
export function carryOverChain(reports: readonly { agencyId: string; year: number; report: CanonicalReport }[]): CarryOverLink[] {
  const sorted = [...reports].sort((a, b) => a.year - b.year);
  const links: CarryOverLink[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const earlier = sorted[i - 1]!;
    const later = sorted[i]!;
    const rows = carryOverCheck(earlier, later);
    if (!rows) continue;
    const total = rows.find((r) => r.column === '总计');
    links.push({
      fromYear: earlier.year,
      toYear: later.year,
      carriedForward: total?.carriedForwardPrev ?? null,
      carriedOver: total?.carriedOverNext ?? null,
      mismatches: rows.filter((r) => !r.holds).map((r) => r.column),
    });
  }
  return links;
}
