import type { Finding, ProseSectionKey } from '@nianbao/report';
import { makeFinding } from '../engine/finding';
import type { ReportRef } from './report-ref';

export const DUPLICATE_THRESHOLD = 0.9;
/** Shorter prose is boilerplate ("无。") and says nothing about copying. */
export const MIN_COMPARABLE_CHARS = 60;
const SHINGLE = 4;

/**
 * Text as compared for copying: NFKC, no whitespace or punctuation, and every run of digits one
 * placeholder — a copied text with this year's dates and counts swapped in is still a copy.
 */
export function normalizeForSimilarity(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .replace(/\d+/g, '#');
}

/** The set of hashed character 4-grams of a normalised text. */
export function shingles(normalized: string): Set<number> {
  const out = new Set<number>();
  const chars = Array.from(normalized);
  for (let i = 0; i + SHINGLE <= chars.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) {
      h ^= (chars[j] as string).codePointAt(0) as number;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    out.add(h);
  }
  return out;
}

/** Jaccard similarity of two shingle sets, 0…1. O(n). */
export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const x of small) if (large.has(x)) common++;
  return common / (a.size + b.size - common);
}

export function textSimilarity(a: string, b: string): number {
  return jaccard(shingles(normalizeForSimilarity(a)), shingles(normalizeForSimilarity(b)));
}

const COMPARED: readonly { key: ProseSectionKey; title: string }[] = [
  { key: 'overview', title: '一、总体情况' },
  { key: 'problems', title: '五、存在的主要问题及改进情况' },
];

/** X.duplicateText: sections 一 and 五 over 90% the same as the same agency's previous year (内容雷同). */
export function checkDuplicateText(current: ReportRef, previous: ReportRef): Finding[] {
  const out: Finding[] = [];
  for (const s of COMPARED) {
    const a = current.report.sections[s.key];
    const b = previous.report.sections[s.key];
    if (!a || !b) continue;
    const na = normalizeForSimilarity(a);
    const nb = normalizeForSimilarity(b);
    if (na.length < MIN_COMPARABLE_CHARS || nb.length < MIN_COMPARABLE_CHARS) continue;
    const sim = jaccard(shingles(na), shingles(nb));
    if (sim <= DUPLICATE_THRESHOLD) continue;
    const pct = `${(Math.floor(sim * 1000) / 10).toFixed(1)}%`;
    out.push(
      makeFinding({
        rule: 'X.duplicateText',
        outcome: 'fail',
        cells: [`sections.${s.key}`],
        expected: `≤ ${DUPLICATE_THRESHOLD * 100}%`,
        actual: pct,
        related: [{ ref: previous.ref, agency: previous.report.agency.name, year: previous.report.year, cells: [`sections.${s.key}`] }],
        message: `${current.report.year ?? ''}年 ${s.title} 与 ${previous.report.year ?? ''}年 内容相似度 ${pct}，内容雷同`,
        messageEn: `${s.key} of ${current.report.year ?? '?'} is ${pct} the same as ${previous.report.year ?? '?'}`,
      }),
    );
  }
  return out;
}
