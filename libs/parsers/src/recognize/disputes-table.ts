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

/**
 * Table 四: one row of 15 values (行政复议, 未经复议直接起诉, 复议后起诉 × 维持/纠正/其他/尚未审结/总计).
 * A table split per group (three rows of 5) is read in group order too. Rows of only empty cells are
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
  // Anything but exactly one row per group is left unread, and reported missing by the caller.
  if (narrow.length !== DISPUTE_GROUPS.length) return;
  checkHeader(rows, sink);
  narrow.flat().forEach((cell, i) => sink.read(KEYS[i] as string, cell, { unit: '件' }));
}
