import type { Finding } from '@nianbao/report';
import { fmt, makeFinding } from '../engine/finding';
import { SECTION_TITLES } from './narrative-rule';
import { findFigures, type Figure, type SectionSentences } from './prose-text';

/** Depth of brackets at each position, so that a part's own breakdown "(政府预决算32条、…)" is not a part. */
function bracketDepths(sentence: string): number[] {
  const depths: number[] = [];
  let d = 0;
  for (const ch of sentence) {
    if (ch === '(' || ch === '【' || ch === '[') d++;
    depths.push(d);
    if (ch === ')' || ch === '】' || ch === ']') d = Math.max(0, d - 1);
  }
  return depths;
}

const BESIDE_THE_TOTAL = /结转(?:至|到)?下一?年|转(?:入|至)下一?年|另有|另外|此外|同比|较上年/;

interface PartsClaim {
  total: Figure;
  parts: Figure[];
  /** The list names every part with a figure, so a shortfall is a real gap. */
  exhaustive: boolean;
  text: string;
}

function claimsOf(sentence: string): PartsClaim[] {
  const figures = findFigures(sentence).filter((f) => f.unit !== '%');
  const depth = bracketDepths(sentence);
  const out: PartsClaim[] = [];
  for (const m of sentence.matchAll(/其中/g)) {
    const at = m.index;
    const total = figures.filter((f) => f.end <= at).at(-1);
    if (!total || total.approximate) continue;
    // "…信函申请 17 件；全部依法答复，其中予以公开 25 件": 其中 splits what the clause before it speaks of,
    // not a figure a list or a clause further back.
    if (/;|,.*,/.test(sentence.slice(total.end, at))) continue;
    const next = sentence.indexOf('其中', at + 2);
    const regionEnd = next < 0 ? sentence.length : next;
    const base = depth[at] ?? 0;
    const region = figures.filter((f) => f.start > at && f.start < regionEnd && (depth[f.start] ?? 0) === base);
    let parts: Figure[] = [];
    let sum = 0;
    let from = at;
    let beside = -1;
    for (const f of region) {
      if (f.unit !== total.unit) continue;
      if (beside < 0 && parts.length > 0 && BESIDE_THE_TOTAL.test(sentence.slice(from, f.start))) beside = parts.length;
      from = f.end;
      parts.push(f);
      sum += f.value;
      if (sum === total.value) break;
    }
    // "办结 134 件，其中予以公开 58 件 …，结转下年度 14 件": when the parts miss the total, what follows
    // 结转下年度/另有/较上年 stood beside the total, not in it (it may be in it: "需办理 148 件，其中办结 134 件，结转 14 件").
    if (sum !== total.value && beside > 0) {
      parts = parts.slice(0, beside);
      sum = parts.reduce((s, p) => s + p.value, 0);
    }
    if (parts.length < 2 || parts.some((p) => p.approximate)) continue;
    const first = parts[0] as Figure;
    const lastPart = parts.at(-1) as Figure;
    // "其中包括 …", "… 等", or a listed item without a figure: the parts are examples, not a split.
    const listed = sentence.slice(at, lastPart.end);
    const items = sentence
      .slice(first.start, lastPart.end)
      .split(/[,;]/)
      .filter((s) => s.length > 0);
    const exhaustive = !/^其中(?:包括|主要|有)/.test(sentence.slice(at)) && !/等/.test(listed) && items.every((s) => findFigures(s).length > 0);
    out.push({ total, parts, exhaustive, text: sentence.slice(Math.max(0, total.start - 20), lastPart.end) });
  }
  return out;
}

/**
 * Parts that cover less of their total than this are highlights ("公开信息 3256 条，其中政策文件 156
 * 条、政策解读 48 条"), not a split; a split that misses its total (平潭 2019: 2533 of 2599) comes close.
 */
const HIGHLIGHTS_BELOW = 0.8;

/** TXT.partsSum: "共发布信息 2098 条，其中 … 636 条 … 580 条 … 882 条" — the parts add up to the total. */
export function checkPartsSum(prose: readonly SectionSentences[]): Finding[] {
  const out: Finding[] = [];
  for (const { section, sentences } of prose) {
    for (const sentence of sentences) {
      if (!sentence.includes('其中')) continue;
      for (const c of claimsOf(sentence)) {
        const sum = c.parts.reduce((s, p) => s + p.value, 0);
        if (sum === c.total.value || (sum < c.total.value && !(c.exhaustive && sum >= HIGHLIGHTS_BELOW * c.total.value))) continue;
        const unit = c.total.unit;
        out.push(
          makeFinding({
            rule: 'TXT.partsSum',
            outcome: 'fail',
            cells: [`sections.${section}`],
            expected: c.total.value,
            actual: sum,
            message: `${SECTION_TITLES[section]}：“${c.text}”，分项 ${c.parts.map((p) => fmt(p.value)).join(' + ')} = ${fmt(sum)} ${unit}，与所述总数 ${fmt(c.total.value)} ${unit}不符`,
            messageEn: `${section}: "${c.text}": parts ${c.parts.map((p) => fmt(p.value)).join(' + ')} = ${fmt(sum)}, not the stated total ${fmt(c.total.value)}`,
          }),
        );
      }
    }
  }
  return out;
}
