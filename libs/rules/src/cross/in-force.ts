import { cellLabel, type Finding } from '@nianbao/report';
import { fmt, makeFinding } from '../engine/finding';
import { readerOf, type ReportRef } from './report-ref';

const KINDS = [
  { key: 'rules', label: '规章' },
  { key: 'normativeDocs', label: '行政规范性文件' },
] as const;

/**
 * X.inForce: 现行有效件数 of year N = that of N−1 + 本年制发 − 本年废止 (2021 table 二 only; the 2019
 * table counts other things). Amendments can break it, hence a warning.
 */
export function checkInForce(current: ReportRef, previous: ReportRef): Finding[] {
  const year = current.report.year;
  const prevYear = previous.report.year;
  if (year === null || prevYear === null || prevYear !== year - 1) return [];
  if (current.report.formatVersion !== '2021' || previous.report.formatVersion !== '2021') return [];
  const now = readerOf(current);
  const before = readerOf(previous);
  const out: Finding[] = [];
  for (const kind of KINDS) {
    const inForce = now.read(`active.${kind.key}.inForce`);
    const issued = now.read(`active.${kind.key}.issued`);
    const repealed = now.read(`active.${kind.key}.repealed`);
    const prev = before.read(`active.${kind.key}.inForce`);
    const ops = [inForce, issued, repealed, prev];
    const expected = prev.value + issued.value - repealed.value;
    const cells = [inForce.key, issued.key, repealed.key];
    const related = [{ ref: previous.ref, agency: previous.report.agency.name, year: prevYear, cells: [prev.key] }];
    const unreadable = ops.some((o) => o.state === 'text');
    if (!unreadable && expected === inForce.value) continue;
    const blank = inForce.state === 'blank' || prev.state === 'blank';
    const assessable = !unreadable && !blank;
    out.push(
      makeFinding({
        rule: 'X.inForce',
        outcome: assessable ? 'fail' : 'not_assessable',
        cells,
        expected: assessable ? expected : null,
        actual: assessable ? inForce.value : null,
        related,
        message: `${kind.label}：${prevYear}年现行有效 ${fmt(prev.value)} + ${year}年本年制发 ${fmt(issued.value)} − 本年废止 ${fmt(repealed.value)} = ${fmt(expected)} ≠ ${year}年 ${cellLabel(inForce.key)} ${fmt(inForce.value)}${assessable ? '' : '（含空白或无法识别的单元格，无法核对）'}`,
        messageEn: `${kind.key}: ${prevYear} in force ${fmt(prev.value)} + issued ${fmt(issued.value)} − repealed ${fmt(repealed.value)} = ${fmt(expected)} ≠ ${year} in force ${fmt(inForce.value)}`,
      }),
    );
  }
  return out;
}
