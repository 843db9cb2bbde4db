import type { CellKind } from '@nianbao/report';
import { toHalfWidth } from './text';

export interface CellExpectation {
  /** An amount (万元) may carry decimals; a count must be whole. */
  amount?: boolean;
  /** 本年增/减 of the 2019 table 二 may be negative. */
  signed?: boolean;
  /** The unit the table prints for this cell; a unit written inside the cell is checked against it. */
  unit?: '件' | '万元' | '个' | '项';
}

export interface CellIssue {
  rule: 'PARSE.cellText' | 'PARSE.unitConverted' | 'PARSE.unitStripped' | 'PARSE.footnoteStripped';
  severity: 'warning' | 'error';
  message: string;
}

export interface CellReading {
  kind: CellKind;
  value: number | null;
  issue?: CellIssue;
}

const NOT_APPLICABLE = new Set(['/', '\\', '-', '--', '—', '——', '–', '―', '－', '无', '不适用']);
const PLAIN_COUNT = /^\d{1,15}$/;
const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const WITH_UNIT = /^(.+?)(万元|元|件|个|项|条)$/;
/**
 * A footnote mark after a figure ("33*", "33①", "33[1]", "33(注)"): the note explains the figure, the
 * figure stands. Superscript digits are not marks here: "33¹" read as text could be 331.
 */
export const FOOTNOTE_MARK = '(?:\\*{1,3}|[①-⑳]|※|\\[\\d{1,2}\\]|\\(注\\d{0,2}\\)|注\\d{0,2})';
const WITH_FOOTNOTE = new RegExp(`^(.+?)${FOOTNOTE_MARK}$`);

interface DecimalText {
  sign: string;
  int: string;
  frac: string;
}

function parseDecimal(s: string): DecimalText | null {
  const m = NUMBER.exec(s);
  if (!m) return null;
  return { sign: m[1] ?? '', int: (m[2] ?? '').replace(/,/g, ''), frac: m[3] ?? '' };
}

/** The number a decimal text denotes, through its shortest digit string so no digit is altered. */
function toNumber(d: DecimalText): number {
  const int = d.int.replace(/^0+(?=\d)/, '');
  const frac = d.frac.replace(/0+$/, '');
  const n = Number(`${int}${frac ? `.${frac}` : ''}`);
  return d.sign === '-' && n !== 0 ? -n : n;
}

/** 元 to 万元 by moving the decimal point four places: string work, never float arithmetic. */
function yuanToWanYuan(d: DecimalText): DecimalText {
  const int = d.int.padStart(5, '0');
  return { sign: d.sign, int: int.slice(0, -4), frac: int.slice(-4) + d.frac };
}

function text(message: string): CellReading {
  return { kind: 'text', value: null, issue: { rule: 'PARSE.cellText', severity: 'warning', message } };
}

function readNumber(d: DecimalText, raw: string, exp: CellExpectation): CellReading {
  const value = toNumber(d);
  if (value === 0) return { kind: 'zero', value: 0 };
  if (d.sign === '-' && !exp.signed) return text(`单元格为负数「${raw}」，不能作为件数或金额`);
  if (d.frac.replace(/0+$/, '') !== '' && !exp.amount) return text(`单元格「${raw}」含小数，件数应为整数`);
  return { kind: 'number', value };
}

/**
 * Reads one table cell as the spec's "Values" section defines: number, zero, blank, na or text. The
 * raw text stays with the caller for provenance; this only decides what it means.
 */
export function readCell(raw: string, exp: CellExpectation = {}): CellReading {
  // Most cells are plain whole numbers: read them without the general path's string work.
  if (PLAIN_COUNT.test(raw)) {
    const value = Number(raw);
    return value === 0 ? { kind: 'zero', value: 0 } : { kind: 'number', value };
  }
  // Spaces inside a figure are never dropped: "57 0" is two figures run together, not 570.
  const s = toHalfWidth(raw)
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/ (?=万元|元|件|个|项|条)/, '');
  if (s === '') return { kind: 'blank', value: null };
  if (NOT_APPLICABLE.has(s)) return { kind: 'na', value: null };
  const plain = parseDecimal(s);
  if (plain) return readNumber(plain, raw, exp);

  const footnote = WITH_FOOTNOTE.exec(s);
  const marked = footnote ? parseDecimal(footnote[1] ?? '') : null;
  if (marked) {
    const reading = readNumber(marked, raw, exp);
    if (reading.kind === 'text') return reading;
    return { ...reading, issue: { rule: 'PARSE.footnoteStripped', severity: 'warning', message: `单元格「${raw}」带注释标记，已去除标记读作 ${reading.value}` } };
  }

  const unitMatch = WITH_UNIT.exec(s);
  const withUnit = unitMatch ? parseDecimal(unitMatch[1] ?? '') : null;
  if (!unitMatch || !withUnit) return text(`单元格内容「${raw}」不是数字`);
  const unit = unitMatch[2];
  if (exp.unit === '万元' && unit === '元') {
    const converted = readNumber(yuanToWanYuan(withUnit), raw, exp);
    if (converted.kind !== 'number') return converted;
    return {
      ...converted,
      issue: { rule: 'PARSE.unitConverted', severity: 'warning', message: `单元格写作「${raw}」，已按元换算为 ${converted.value} 万元` },
    };
  }
  if (unit === exp.unit) {
    const reading = readNumber(withUnit, raw, exp);
    if (reading.kind === 'text') return reading;
    return { ...reading, issue: { rule: 'PARSE.unitStripped', severity: 'warning', message: `单元格「${raw}」含单位，已去除单位读作 ${reading.value}` } };
  }
  return text(`单元格「${raw}」的单位与表格单位（${exp.unit ?? '件'}）不符`);
}
