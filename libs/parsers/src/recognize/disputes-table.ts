import { DISPUTE_GROUPS, DISPUTE_OUTCOMES } from '@nianbao/report';
import type { CellSink } from './cell-sink';
import { fitValues, type RowCell, type SplitRow } from './row-cells';

const GROUP_WIDTH = DISPUTE_OUTCOMES.length;
const WIDTH = DISPUTE_GROUPS.length * GROUP_WIDTH;
const KEYS = DISPUTE_GROUPS.flatMap((g) => DISPUTE_OUTCOMES.map((o) => `disputes.${g.key}.${o.key}`));

/** The header must name 行政复议 before 未经复议直接起诉 before 复议后起诉 for the standard column order to hold. */
function checkHeader(rows: SplitRow[], sink: CellSink): void {
  const text = rows.flatMap((r) => r.cells.map((c) => c.norm)).join('|');
  const a = text.indexOf('行政复议');
  const b = text.indexOf('未经复议直接起诉');
  const c = text.indexOf('复议后起诉');
  if (a === -1 || b === -1 || c === -1 || !(a < b && b < c)) {
    sink.report('PARSE.header', 'warning', [], '表四表头未按标准顺序列出 行政复议 / 未经复议直接起诉 / 复议后起诉；数值按标准列序读取');
  }
}

const hasContent = (cells: RowCell[]): boolean => cells.some((c) => c.norm !== '');

/** An outcome row's label in a transposed table (outcomes down the side, the three groups across). */
const OUTCOME_LABELS: RegExp[] = [/维持/, /纠正/, /^其他(?:结果)?$/, /未审结/, /^(?:总计|合计)$/];

/**
 * A transposed table 四: five rows named 结果维持 … 总计, each with one value per group. Read only
 * when every outcome has exactly one such row; the cells are placed by the outcome the label names.
 */
function readTransposed(rows: SplitRow[], sink: CellSink): void {
  const byOutcome = new Map<number, RowCell[]>();
  for (const row of rows) {
    const label = row.labels[row.labels.length - 1];
    if (!label) continue;
    const outcome = OUTCOME_LABELS.findIndex((re) => re.test(label.norm));
    const values = outcome === -1 ? null : fitValues(row.values, DISPUTE_GROUPS.length, row.rectangular);
    if (!values || !hasContent(values)) continue;
    if (byOutcome.has(outcome)) return;
    byOutcome.set(outcome, values);
  }
  if (byOutcome.size !== GROUP_WIDTH) return;
  checkHeader(rows, sink);
  for (const [outcome, values] of byOutcome) {
    values.forEach((cell, group) => sink.read(KEYS[group * GROUP_WIDTH + outcome] as string, cell, { unit: '件' }));
  }
}

/**
 * Table 四: one row of 15 values (行政复议, 未经复议直接起诉, 复议后起诉 × 维持/纠正/其他/尚未审结/总计).
 * A table split per group (three rows of 5) is read in group order too, and a transposed one (five
 * outcome rows of 3) by its row labels. Rows of only empty cells are
 * skipped while a row with content exists: some pages carry a trailing empty row.
 */
export function readDisputes(rows: SplitRow[], sink: CellSink): void {
  const wide = rows.map((r) => fitValues(r.values, WIDTH, r.rectangular)).filter((v): v is RowCell[] => v !== null);
  const chosen = wide.find(hasContent) ?? wide[0];
  if (chosen) {
    checkHeader(rows, sink);
    chosen.forEach((cell, i) => sink.read(KEYS[i] as string, cell, { unit: '件' }));
    return;
  }
  const narrow = rows
    .filter((r) => r.values.length >= GROUP_WIDTH && r.values.length < WIDTH)
    .map((r) => fitValues(r.values, GROUP_WIDTH, r.rectangular))
    .filter((v): v is RowCell[] => v !== null && hasContent(v));
  // Anything but exactly one row per group or per outcome is left unread, and reported missing by the caller.
  if (narrow.length !== DISPUTE_GROUPS.length) {
    readTransposed(rows, sink);
    return;
  }
  checkHeader(rows, sink);
  narrow.flat().forEach((cell, i) => sink.read(KEYS[i] as string, cell, { unit: '件' }));
}
