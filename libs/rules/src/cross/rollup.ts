import { applicationCellKeys, cellLabel, disputeCellKeys, type Finding } from '@nianbao/report';
import { fmt, makeFinding } from '../engine/finding';
import { readerOf, type ReportRef } from './report-ref';

export interface RollupInput {
  /** The 本级政府 aggregated report. */
  aggregate: ReportRef;
  /** The reports of the member agencies that are present. */
  members: readonly ReportRef[];
  /** Refs of every member the aggregate covers: the check runs only when all of them are present. */
  expectedMembers?: readonly string[];
}

/**
 * X.rollup: every cell of tables 三 and 四 of the aggregated report equals the sum of its members'
 * cells. Cells blank in the aggregate and in every member are skipped; a cell unreadable anywhere
 * is skipped too (its own report already says so).
 */
export function checkRollup(input: RollupInput): Finding[] {
  const { aggregate, members } = input;
  if (members.length === 0) return [];
  if (input.expectedMembers && !input.expectedMembers.every((ref) => members.some((m) => m.ref === ref))) return [];
  const format = aggregate.report.formatVersion;
  if (format === 'pre2019' || members.some((m) => m.report.formatVersion !== format)) return [];
  const year = aggregate.report.year;
  if (members.some((m) => m.report.year !== year)) return [];
  const agg = readerOf(aggregate);
  const readers = members.map(readerOf);
  const out: Finding[] = [];
  for (const key of [...applicationCellKeys(format), ...disputeCellKeys()]) {
    const own = agg.read(key);
    const parts = readers.map((r) => r.read(key));
    if (own.state === 'text' || parts.some((p) => p.state === 'text')) continue;
    const sum = parts.reduce((s, p) => s + p.value, 0);
    if (sum === own.value) continue;
    const blank = own.state === 'blank';
    out.push(
      makeFinding({
        rule: 'X.rollup',
        outcome: blank ? 'not_assessable' : 'fail',
        cells: [key],
        expected: sum,
        actual: blank ? null : own.value,
        related: members.map((m, i) => ({ ref: m.ref, agency: m.report.agency.name, year: m.report.year, cells: [(parts[i] as { key: string }).key] })),
        message: `${cellLabel(key)}：本级汇总 ${blank ? '（空）' : fmt(own.value)} ≠ 所属 ${members.length} 个机关之和 ${fmt(sum)}`,
        messageEn: `${key}: aggregate ${blank ? 'blank' : fmt(own.value)} ≠ sum of ${members.length} member reports ${fmt(sum)}`,
      }),
    );
  }
  return out;
}
