import { cellValue, numericCellKeys, type CanonicalReport, type CellKind, type CellProvenance } from '@nianbao/report';

export interface FactRow {
  key: string;
  /** The value as a decimal string, so that 9486.7475 keeps its digits; null for blank, n/a and text. */
  value: string | null;
  kind: CellKind;
}

/**
 * One fact per numeric cell the report's format defines. The kind comes from the parser's provenance;
 * a structured (JSON) submission has none, so it is read off the value.
 */
export function factsOf(report: CanonicalReport, provenance: Record<string, CellProvenance>): FactRow[] {
  return numericCellKeys(report.formatVersion).map((key) => {
    const value = cellValue(report, key);
    const kind: CellKind = provenance[key]?.kind ?? (value === null ? 'blank' : value === 0 ? 'zero' : 'number');
    return { key, value: value === null ? null : decimalString(value), kind };
  });
}

/** A plain decimal string: never exponent notation, which a numeric column would refuse. */
function decimalString(n: number): string {
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(4) : s;
}
