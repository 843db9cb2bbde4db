import { PROSE_SECTIONS, type ProseSectionKey } from '@nianbao/report';

/**
 * Prose as the rules read it: NFKC (full-width digits and punctuation to ASCII), PDF page footers
 * ("— 2 —") and thousands separators removed, and every whitespace dropped, because PDF and
 * Markdown extractions hard-wrap lines in the middle of words and numbers ("不予公开答复 2\n件").
 */
export function normalizeProse(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[—–―-]{1,2}[ \t]*\d{1,3}[ \t]*[—–―-]{1,2}/g, '')
    .replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1')
    .replace(/\s+/g, '');
}

/** Sentences end at 。！？; a ；-separated list stays one sentence, so that 其中 … keeps its total. */
export function splitSentences(text: string): string[] {
  return text.split(/[。!?]/).filter((s) => s.length > 0);
}

const COUNT_UNITS = '件|起|宗|条|篇|个|项|次|期|场|家|人|份|通';
const FIGURE = new RegExp(`(?<![\\d.])(约|近|超过|超|逾)?(\\d+(?:\\.\\d+)?)(余|多)?(${COUNT_UNITS}|%)`, 'g');

/** A number the prose states with its unit, at a position of its sentence. */
export interface Figure {
  readonly value: number;
  /** 件, 条 … or % */
  readonly unit: string;
  /** 约/近/超/余/多: the prose does not claim the exact figure. */
  readonly approximate: boolean;
  readonly start: number;
  readonly end: number;
}

export function findFigures(sentence: string): Figure[] {
  const out: Figure[] = [];
  for (const m of sentence.matchAll(FIGURE)) {
    const start = m.index;
    // 第3件 is an ordinal, not a count.
    if (sentence[start - 1] === '第') continue;
    out.push({
      value: Number(m[2]),
      unit: m[4] as string,
      approximate: m[1] !== undefined || m[3] !== undefined,
      start,
      end: start + m[0].length,
    });
  }
  return out;
}

/** Clause boundaries inside a sentence (after NFKC): , ; : and brackets. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '[', ']', '【', '】']);

/** The clause around position `pos` of a sentence, as [start, end). */
export function clauseBounds(sentence: string, pos: number): [number, number] {
  let s = pos;
  while (s > 0 && !CLAUSE_BREAKS.has(sentence[s - 1] as string)) s--;
  let e = pos;
  while (e < sentence.length && !CLAUSE_BREAKS.has(sentence[e] as string)) e++;
  return [s, e];
}

export interface SectionSentences {
  section: ProseSectionKey;
  sentences: string[];
}

/** The normalised sentences of the prose sections, computed once per report for every prose rule. */
export function proseSentences(sections: Partial<Record<ProseSectionKey, string | null>>): SectionSentences[] {
  const out: SectionSentences[] = [];
  for (const section of PROSE_SECTIONS) {
    const text = sections[section];
    if (text) out.push({ section, sentences: splitSentences(normalizeProse(text)) });
  }
  return out;
}
