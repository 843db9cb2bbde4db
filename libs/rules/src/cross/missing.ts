import type { Finding } from '@nianbao/report';
import { makeFinding } from '../engine/finding';

export type ReporterKind = 'department' | 'government';

export interface ExpectedReporter {
  /** The caller's agency identifier. */
  ref: string;
  name: string;
  kind: ReporterKind;
}

export interface AcceptedReport {
  agencyRef: string;
  year: number;
}

/**
 * 条例 第五十条: departments publish by 31 January of N+1, county-level and higher governments by
 * 31 March. The day ends at midnight Beijing time (UTC+8).
 */
export function defaultDeadline(kind: ReporterKind, year: number): Date {
  const month = kind === 'department' ? 1 : 3; // the day after the deadline: 1 Feb / 1 Apr
  return new Date(Date.UTC(year + 1, month, 1, 0, 0, 0) - 8 * 3600 * 1000);
}

export interface MissingInput {
  year: number;
  expected: readonly ExpectedReporter[];
  accepted: readonly AcceptedReport[];
  now: Date;
  /** The instant after which a report for `year` is overdue. */
  deadline?: (reporter: ExpectedReporter, year: number) => Date;
}

/** X.missing: expected reporters without an accepted report for the year once the deadline passed. */
export function checkMissing(input: MissingInput): Finding[] {
  const deadline = input.deadline ?? ((r: ExpectedReporter, y: number) => defaultDeadline(r.kind, y));
  const have = new Set(input.accepted.filter((a) => a.year === input.year).map((a) => a.agencyRef));
  const out: Finding[] = [];
  for (const r of input.expected) {
    if (have.has(r.ref)) continue;
    const due = deadline(r, input.year);
    if (input.now.getTime() < due.getTime()) continue;
    const dueText = new Date(due.getTime() + 8 * 3600 * 1000 - 1).toISOString().slice(0, 10);
    out.push(
      makeFinding({
        rule: 'X.missing',
        outcome: 'fail',
        cells: [],
        expected: dueText,
        actual: null,
        related: [{ ref: r.ref, agency: r.name, year: input.year, cells: [] }],
        message: `${r.name} 未在 ${dueText} 前报送 ${input.year} 年度政府信息公开工作年度报告`,
        messageEn: `${r.name} has no accepted ${input.year} report by ${dueText}`,
      }),
    );
  }
  return out;
}
