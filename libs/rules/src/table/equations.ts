import {
  APPLICANT_COLUMNS,
  APPLICANT_PARTS,
  DISPUTE_GROUPS,
  DISPUTE_OUTCOMES,
  DISPUTE_PARTS,
  applicationRows,
  rowLabel,
  type FormatVersion,
} from '@nianbao/report';

/** One term of an equation: a cell and the short name a message gives it. */
export interface Term {
  readonly key: string;
  readonly label: string;
  readonly labelEn: string;
}

/**
 * `sum(checked) = sum(parts)`. The checked side holds the stated total(s); when it is blank while the
 * parts are not, the equation cannot be assessed (spec).
 */
export interface Equation {
  readonly rule: 'T3.balance' | 'T3.outcomeSum' | 'T3.rowTotal' | 'T4.groupTotal';
  readonly scope: string;
  readonly scopeEn: string;
  readonly parts: readonly Term[];
  readonly checked: readonly Term[];
  /** Every cell of the equation in table order: the cells a finding names. */
  readonly cells: readonly string[];
}

const colLabel = (col: string): string => {
  const label = APPLICANT_COLUMNS.find((c) => c.key === col)?.label ?? col;
  return label === '其他' ? '法人或其他组织·其他' : label;
};
const appCell = (row: string, col: string): string => `applications.${row}.${col}`;
const rowTerm = (row: string, col: string): Term => ({ key: appCell(row, col), label: rowLabel(row), labelEn: row });
const colTerm = (row: string, col: string): Term => ({ key: appCell(row, col), label: colLabel(col), labelEn: col });

function balance(col: string): Equation {
  const parts = [rowTerm('newReceived', col), rowTerm('carriedOver', col)];
  const checked = [rowTerm('totalProcessed', col), rowTerm('carriedForward', col)];
  return {
    rule: 'T3.balance',
    scope: `表三 ${colLabel(col)}列`,
    scopeEn: `Table 3, column ${col}`,
    parts,
    checked,
    cells: [...parts, ...checked].map((t) => t.key),
  };
}

function outcomeSum(format: FormatVersion, col: string): Equation {
  const parts = applicationRows(format)
    .filter((r) => r.outcome)
    .map((r) => rowTerm(r.key, col));
  const checked = [rowTerm('totalProcessed', col)];
  return {
    rule: 'T3.outcomeSum',
    scope: `表三 ${colLabel(col)}列`,
    scopeEn: `Table 3, column ${col}`,
    parts,
    checked,
    cells: [...parts, ...checked].map((t) => t.key),
  };
}

function rowTotal(row: string): Equation {
  const parts = APPLICANT_PARTS.map((col) => colTerm(row, col));
  const checked = [colTerm(row, 'total')];
  return {
    rule: 'T3.rowTotal',
    scope: `表三 ${rowLabel(row)}行`,
    scopeEn: `Table 3, row ${row}`,
    parts,
    checked,
    cells: [...parts, ...checked].map((t) => t.key),
  };
}

function groupTotal(group: (typeof DISPUTE_GROUPS)[number]): Equation {
  const term = (o: string): Term => ({
    key: `disputes.${group.key}.${o}`,
    label: DISPUTE_OUTCOMES.find((d) => d.key === o)?.label ?? o,
    labelEn: o,
  });
  const parts = DISPUTE_PARTS.map(term);
  const checked = [term('total')];
  return {
    rule: 'T4.groupTotal',
    scope: `表四 ${group.label}`,
    scopeEn: `Table 4, ${group.key}`,
    parts,
    checked,
    cells: [...parts, ...checked].map((t) => t.key),
  };
}

function buildEquations(format: FormatVersion): Equation[] {
  const cols = APPLICANT_COLUMNS.map((c) => c.key);
  return [
    ...cols.map(balance),
    ...cols.map((c) => outcomeSum(format, c)),
    ...applicationRows(format).map((r) => rowTotal(r.key)),
    ...DISPUTE_GROUPS.map(groupTotal),
  ];
}

const cache = new Map<FormatVersion, readonly Equation[]>();

/** The table equations of a format, built once: the rules T3.* and T4.* as data. */
export function tableEquations(format: FormatVersion): readonly Equation[] {
  if (format === 'pre2019') return [];
  let eqs = cache.get(format);
  if (!eqs) {
    eqs = buildEquations(format);
    cache.set(format, eqs);
  }
  return eqs;
}
