import { APPLICANT_COLUMNS, cellLabel, type Finding } from '@nianbao/report';
import { fmt, makeFinding } from '../engine/finding';
import { readerOf, type ReportRef } from './report-ref';

/**
 * X.carryOver: 上年结转 of year N equals 结转下年度 of year N−1, every column, same agency (the
 * caller pairs the reports). The finding names year N's cell and, in `related`, year N−1's.
 */
export function checkCarryOver(current: ReportRef, previous: ReportRef): Finding[] {
  const year = current.report.year;
  const prevYear = previous.report.year;
  if (year === null || prevYear === null || prevYear !== year - 1) return [];
  if (current.report.formatVersion === 'pre2019' || previous.report.formatVersion === 'pre2019') return [];
  const now = readerOf(current);
  const before = readerOf(previous);
  const out: Finding[] = [];
  for (const { key: col } of APPLICANT_COLUMNS) {
    const over = now.read(`applications.carriedOver.${col}`);
    const fwd = before.read(`applications.carriedForward.${col}`);
    const related = [{ ref: previous.ref, agency: previous.report.agency.name, year: prevYear, cells: [fwd.key] }];
    const here = `${year}年 ${cellLabel(over.key)}`;
    const there = `${prevYear}年 ${cellLabel(fwd.key)}`;
    if (over.state === 'text' || fwd.state === 'text') {
      out.push(
        makeFinding({
          rule: 'X.carryOver',
          outcome: 'not_assessable',
          cells: [over.key],
          expected: null,
          actual: null,
          related,
          message: `${here} 与 ${there} 含无法识别的内容，无法核对`,
          messageEn: `${year} ${over.key} vs ${prevYear} ${fwd.key}: unreadable content; cannot be checked`,
        }),
      );
      continue;
    }
    if (over.value === fwd.value) continue;
    const blank = over.state === 'blank' || fwd.state === 'blank';
    out.push(
      makeFinding({
        rule: 'X.carryOver',
        outcome: blank ? 'not_assessable' : 'fail',
        cells: [over.key],
        expected: blank ? null : fwd.value,
        actual: blank ? null : over.value,
        related,
        message: `${here} ${over.state === 'blank' ? '（空）' : fmt(over.value)} ≠ ${there} ${fwd.state === 'blank' ? '（空）' : fmt(fwd.value)}${blank ? '，一方为空，无法核对' : ''}`,
        messageEn: `${year} ${over.key} ${over.state === 'blank' ? 'blank' : fmt(over.value)} ≠ ${prevYear} ${fwd.key} ${fwd.state === 'blank' ? 'blank' : fmt(fwd.value)}`,
      }),
    );
  }
  return out;
}
