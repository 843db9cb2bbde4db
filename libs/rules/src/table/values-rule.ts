import { activeDefs, cellLabel, isSignedKey, numericCellKeys, type Finding } from '@nianbao/report';
import type { CellReader } from '../engine/cell-reader';
import { fmt, makeFinding } from '../engine/finding';

const amountKeys = (format: '2021' | '2019'): Set<string> => new Set(activeDefs(format).filter((d) => d.amount).map((d) => d.key));
const AMOUNTS = { '2021': amountKeys('2021'), '2019': amountKeys('2019') };
const KEYS = { '2021': numericCellKeys('2021'), '2019': numericCellKeys('2019') };

/**
 * VAL.nonNegativeInteger: counts are whole numbers ≥ 0, amounts ≥ 0, and 本年增/减 (2019 table 二) a
 * whole number of either sign. Unreadable cells are the parser's finding, not this rule's.
 */
export function checkValues(cells: CellReader): Finding[] {
  const format = cells.report.formatVersion;
  if (format === 'pre2019') return [];
  const amounts = AMOUNTS[format];
  const out: Finding[] = [];
  for (const key of KEYS[format]) {
    const op = cells.read(key);
    if (op.state !== 'number') continue;
    const v = op.value;
    let wanted: string | null = null;
    if (amounts.has(key)) wanted = v < 0 ? '≥ 0' : null;
    else if (isSignedKey(key)) wanted = Number.isInteger(v) ? null : '整数';
    else wanted = Number.isInteger(v) && v >= 0 ? null : '≥ 0 的整数';
    if (wanted === null) continue;
    out.push(
      makeFinding({
        rule: 'VAL.nonNegativeInteger',
        outcome: 'fail',
        cells: [key],
        expected: wanted,
        actual: v,
        message: `${cellLabel(key)}：${fmt(v)} 不是${wanted === '≥ 0' ? '非负数' : wanted}`,
        messageEn: `${key}: ${fmt(v)} is not ${wanted === '≥ 0' ? 'a number ≥ 0' : wanted === '整数' ? 'a whole number' : 'a whole number ≥ 0'}`,
      }),
    );
  }
  return out;
}
