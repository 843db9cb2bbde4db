import type { Finding } from '@nianbao/report';
import type { CellReader, Operand } from '../engine/cell-reader';
import { fmt, makeFinding } from '../engine/finding';
import type { Equation, Term } from './equations';

function sumText(terms: readonly Term[], ops: readonly Operand[], en: boolean): string {
  // Zero terms are left out of long sums so that a 21-row column stays readable.
  const paired = terms.map((t, i) => [t, ops[i] as Operand] as const);
  const shown = terms.length > 4 ? paired.filter(([, o]) => o.value !== 0) : paired;
  const total = ops.reduce((s, o) => s + o.value, 0);
  if (shown.length === 0) return en ? 'all 0' : '各项均为0';
  const listed = shown.map(([t, o]) => `${en ? `${t.labelEn} ` : t.label}${o.state === 'blank' ? (en ? 'blank' : '（空）') : fmt(o.value)}`).join(' + ');
  // Say that terms were left out, so that "自然人58 = 58" does not read as a one-term sum.
  const body = shown.length < paired.length ? `${listed}${en ? ' (others 0)' : '（其余为0）'}` : listed;
  return shown.length > 1 || terms.length > 1 ? `${body} = ${fmt(total)}` : body;
}

/** Evaluates one equation with the spec's blank / n/a / text semantics; null when it holds. */
export function evaluateEquation(eq: Equation, cells: CellReader): Finding | null {
  const parts = eq.parts.map((t) => cells.read(t.key));
  const checked = eq.checked.map((t) => cells.read(t.key));
  const cellKeys = [...eq.cells];

  const unreadable = [...parts, ...checked].find((o) => o.state === 'text');
  if (unreadable) {
    return makeFinding({
      rule: eq.rule,
      outcome: 'not_assessable',
      cells: cellKeys,
      expected: null,
      actual: null,
      message: `${eq.scope}：${labelOf(eq, unreadable.key)}填写为“${unreadable.raw ?? ''}”，不是数字，无法核对`,
      messageEn: `${eq.scopeEn}: ${unreadable.key} reads "${unreadable.raw ?? ''}", not a number; cannot be checked`,
    });
  }

  const partsSum = parts.reduce((s, o) => s + o.value, 0);
  const checkedSum = checked.reduce((s, o) => s + o.value, 0);
  if (Math.abs(partsSum - checkedSum) < 1e-9) return null;

  const partsZh = sumText(eq.parts, parts, false);
  const partsEn = sumText(eq.parts, parts, true);
  const checkedZh = sumText(eq.checked, checked, false);
  const checkedEn = sumText(eq.checked, checked, true);

  const blankTotal = checked.find((o) => o.state === 'blank');
  if (blankTotal) {
    return makeFinding({
      rule: eq.rule,
      outcome: 'not_assessable',
      cells: cellKeys,
      expected: partsSum,
      actual: null,
      message: `${eq.scope}：${labelOf(eq, blankTotal.key)}为空，而${partsZh}，无法核对`,
      messageEn: `${eq.scopeEn}: ${blankTotal.key} is blank while ${partsEn}; cannot be checked`,
    });
  }
  // A stated total over parts that were never filled in is an unfilled table, not a wrong sum.
  if (parts.every((o) => o.state === 'blank')) {
    return makeFinding({
      rule: eq.rule,
      outcome: 'not_assessable',
      cells: cellKeys,
      expected: null,
      actual: checkedSum,
      message: `${eq.scope}：各分项均未填写，而${checkedZh}，无法核对`,
      messageEn: `${eq.scopeEn}: no part is filled in while ${checkedEn}; cannot be checked`,
    });
  }
  return makeFinding({
    rule: eq.rule,
    outcome: 'fail',
    cells: cellKeys,
    expected: partsSum,
    actual: checkedSum,
    message: `${eq.scope}：${partsZh} ≠ ${checkedZh}`,
    messageEn: `${eq.scopeEn}: ${partsEn} ≠ ${checkedEn}`,
  });
}

function labelOf(eq: Equation, key: string): string {
  return [...eq.parts, ...eq.checked].find((t) => t.key === key)?.label ?? key;
}
