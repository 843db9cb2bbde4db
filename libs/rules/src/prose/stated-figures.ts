import type { ProseSectionKey } from '@nianbao/report';
import { clauseBounds, findFigures, proseSentences, type Figure, type SectionSentences } from './prose-text';

/** A row of a 办理结果 group, named by its reason ("因涉及国家秘密不予公开 1 件"). */
export type ReasonTopic =
  | 'withheld.stateSecret'
  | 'withheld.lawForbidden'
  | 'withheld.endangersSafety'
  | 'withheld.thirdPartyRights'
  | 'withheld.internalAffairs'
  | 'withheld.processInfo'
  | 'withheld.enforcementFile'
  | 'withheld.administrativeQuery'
  | 'unavailable.notHeld'
  | 'unavailable.needsCreation'
  | 'unavailable.unclearAfterCorrection'
  | 'notProcessed.petition'
  | 'notProcessed.duplicate'
  | 'notProcessed.publication'
  | 'notProcessed.massRepeated'
  | 'notProcessed.confirmation'
  | 'otherHandling.overdueCorrection'
  | 'otherHandling.overdueFee';
export type ApplicationTopic =
  | ReasonTopic
  | 'newReceived'
  | 'carriedOver'
  | 'totalProcessed'
  /** "共办理申请 N 件": agencies mean 办结 or 收到 (with or without 上年结转) alike. */
  | 'handled'
  | 'carriedForward'
  | 'granted'
  | 'partiallyGranted'
  | 'grantedOrPartial'
  | 'withheld'
  | 'unavailable'
  | 'notProcessed'
  | 'otherHandling';
export type ColumnTopic = 'total' | 'naturalPerson' | 'org' | 'commercial' | 'research' | 'socialWelfare' | 'legalService';
export type DisputeTopic = 'review' | 'litigation' | 'all';
/** An outcome column of table 四 ("复议维持 2 件", "尚未审结 1 件"). */
export type DisputeOutcomeTopic = 'upheld' | 'corrected' | 'other' | 'pending';

export type StatementTarget =
  | { kind: 'applications'; row: ApplicationTopic; column: ColumnTopic }
  | { kind: 'disputes'; group: DisputeTopic; outcome?: DisputeOutcomeTopic }
  /** A count of table 二 (2021 layout): `active.rules.inForce` … */
  | { kind: 'active'; key: string };

/** A figure of the prose attributed, through the clause that states it, to table cells. */
export interface Statement {
  section: ProseSectionKey;
  /** The clause that states it, as normalised (for the message). */
  clause: string;
  value: number;
  target: StatementTarget;
  /** "占 51.85%": the share of the table's total the prose gives for this figure. */
  percent?: { value: number; decimals: number; clause: string };
}

const OUTCOME_TOPICS: readonly ApplicationTopic[] = ['granted', 'partiallyGranted', 'grantedOrPartial', 'withheld', 'unavailable', 'notProcessed', 'otherHandling'];
/** The outcome groups whose share of all requests a report states; a reason's share may be of its group (占不予公开的 14.3%). */
export const isOutcomeTopic = (t: ApplicationTopic): boolean => OUTCOME_TOPICS.includes(t);

const REVIEW = /行政复议|复议(?!后)/;
const LITIGATION = /诉讼|起诉/;
/** Counts of things that are not information requests, though they are "received" or "handled". */
const NOT_REQUESTS = /诉求|问政|建议|提案|留言|来电|来信|咨询|热线|工单|举报|案件|文件|规章|证件|证照|执照|许可证|业务|事项|手续/;
/** "延期答复 3 件", "超期答复 0 件", "发出补正告知 5 件": steps of handling, not results. */
const NOT_OUTCOMES = /延期|延长|超期|补正告知|告知书|其余|剩余/;
/** "第一季度收到申请 15 件", "1至6月": a part of the year. */
const PART_OF_YEAR = /季度|上半年|下半年|月份|\d{1,2}(?:至|-|~)\d{1,2}月/;
const TABLE_WORDS = /上一?年度?结转|结转下一?年|新收/;
/** "减少 2 件", "增长 20 件": a change between years, not a count. */
const CHANGE = /(?:增加|减少|增长|下降|上升|降低|回落|(?<!新)增|减|多了|少了)$/;
const CASE_UNITS = new Set(['件', '起', '宗']);

const OUTCOME_PATTERNS: readonly [RegExp, ApplicationTopic][] = [
  [/(?<![不未])予以公开(?:及|和|或|与|、)部分公开/, 'grantedOrPartial'],
  [/(?<![不未])予以公开|同意公开|全部公开/, 'granted'],
  [/部分公开/, 'partiallyGranted'],
  [/(?:不|未)予以?公开/, 'withheld'],
  [/无法提供/, 'unavailable'],
  [/不予以?处理/, 'notProcessed'],
  [/其他处理/, 'otherHandling'],
];

/**
 * The official reasons of table 三's rows, as prose names them. A reason counts only where the
 * sentence speaks of requests or of the reason's 办理结果 group: "受理信访件 120 件" is no request.
 */
const REASON_PATTERNS: readonly [RegExp, ReasonTopic][] = [
  [/国家秘密|涉密/, 'withheld.stateSecret'],
  [/法律、?行政法规禁止/, 'withheld.lawForbidden'],
  [/三安全一稳定/, 'withheld.endangersSafety'],
  [/第三方合法权益/, 'withheld.thirdPartyRights'],
  [/内部事务/, 'withheld.internalAffairs'],
  [/过程性信息/, 'withheld.processInfo'],
  [/行政执法案卷/, 'withheld.enforcementFile'],
  [/行政查询/, 'withheld.administrativeQuery'],
  [/不掌握/, 'unavailable.notHeld'],
  [/另行制作|没有现成信息/, 'unavailable.needsCreation'],
  [/(?:仍|依然|还是)不明确/, 'unavailable.unclearAfterCorrection'],
  [/信访|举报投诉/, 'notProcessed.petition'],
  [/重复申请/, 'notProcessed.duplicate'],
  [/公开出版物/, 'notProcessed.publication'],
  [/大量(?:、)?反复/, 'notProcessed.massRepeated'],
  [/重新出具|确认或重新/, 'notProcessed.confirmation'],
  [/逾期(?:未|不)补正|未(?:按期|在规定期限内)补正/, 'otherHandling.overdueCorrection'],
  [/收费通知/, 'otherHandling.overdueFee'],
];
const REASON_GROUPS: Record<string, RegExp> = {
  withheld: /不予公开/,
  unavailable: /无法提供|不掌握/,
  notProcessed: /不予处理/,
  otherHandling: /其他处理|不再处理|终止/,
};

/**
 * The one reason a span names; none when it names several or generalises ("不掌握等原因无法提供
 * 564 件", "属信访、重复申请等不予处理 80 件": the group's figure).
 */
function reasonOf(span: string, around: string, sentence: string): ReasonTopic | null {
  const named = REASON_PATTERNS.filter(([re]) => re.test(span));
  if (named.length !== 1) return null;
  const [re, row] = named[0] as [RegExp, ReasonTopic];
  if (/等/.test(span.slice((re.exec(span) as RegExpExecArray).index))) return null;
  const group = REASON_GROUPS[row.split('.')[0] as string] as RegExp;
  return /申请/.test(around) || group.test(sentence) ? row : null;
}

const COLUMN_PATTERNS: readonly [RegExp, ColumnTopic][] = [
  [/自然人/, 'naturalPerson'],
  [/法人(?:或者?|和|及)其他组织/, 'org'],
  [/商业企业/, 'commercial'],
  [/科研机构/, 'research'],
  [/社会公益组织/, 'socialWelfare'],
  [/法律服务机构/, 'legalService'],
];

type Topic = { kind: 'applications'; row: ApplicationTopic } | { kind: 'disputes'; group: DisputeTopic; outcome?: DisputeOutcomeTopic } | { kind: 'active'; key: string };

const DISPUTE_OUTCOME_PATTERNS: readonly [RegExp, DisputeOutcomeTopic][] = [
  [/维持/, 'upheld'],
  [/纠正|纠错|撤销|确认违法/, 'corrected'],
  [/其他结果/, 'other'],
  [/尚未审结|未审结|审理中|正在审理/, 'pending'],
];
/** Outcomes table 四 has no column for, or that several columns share: such a figure is left unchecked. */
const UNMAPPED_DISPUTE_OUTCOME = /驳回|撤回|撤诉|终止|和解|调解|审结/;

/** A table 四 figure: the group's total, or one outcome column where the span names one. */
function disputeTopic(group: DisputeTopic, span: string): Topic | null {
  // "收到行政复议申请 5 件": applications for review, of which table 四 counts the cases accepted.
  if (/复议申请/.test(span) && !/受理/.test(span)) return null;
  const named = DISPUTE_OUTCOME_PATTERNS.filter(([re]) => re.test(span));
  if (named.length > 1) return null;
  const outcome = named[0]?.[1];
  if (outcome) return { kind: 'disputes', group, outcome };
  return UNMAPPED_DISPUTE_OUTCOME.test(span) ? null : { kind: 'disputes', group };
}

/**
 * What a figure counts, read from a span of its own clause (`span`, on `side` of the figure); `around` is the figure's
 * whole clause span, `sentence` the sentence, `requestContext` whether this or the previous
 * sentence talks about 申请.
 */
function topicOf(span: string, side: 'before' | 'after', around: string, sentence: string, requestContext: boolean): Topic | null {
  const review = REVIEW.test(span);
  const litigation = LITIGATION.test(span);
  if (review || litigation) return disputeTopic(review && litigation ? 'all' : review ? 'review' : 'litigation', span);
  // "依法做好相关行政复议、行政诉讼案件的应诉工作，全县共办理相关案件 74 件"
  if (/案件/.test(span)) return REVIEW.test(sentence) && LITIGATION.test(sentence) ? { kind: 'disputes', group: 'all' } : null;
  const reason = reasonOf(span, around, sentence);
  if (reason) return { kind: 'applications', row: reason };

  for (const [re, row] of OUTCOME_PATTERNS) if (re.test(span)) return { kind: 'applications', row };

  const active = activeTopic(span, side);
  if (active) return active;

  // 上年结转 / 结转下年度 / 新收 are the table's own words: they count requests even where the sentence does not say 申请.
  if ((!requestContext && !TABLE_WORDS.test(span)) || NOT_REQUESTS.test(around) || NOT_OUTCOMES.test(around)) return null;
  // "行政复议申请 5 件，依法受理 4 件": a sentence about 复议/诉讼 receives and handles those, not information requests.
  if ((REVIEW.test(sentence) || LITIGATION.test(sentence)) && !/信息公开申请|依申请/.test(around)) return null;
  if (/上一?年度?(?:结转|转入)/.test(span)) return { kind: 'applications', row: 'carriedOver' };
  if (/结转|顺延|转(?:入|至|到)?下一?年|未办结|尚在办理|正在办理|办理中/.test(span)) return { kind: 'applications', row: 'carriedForward' };
  // "认真办理依申请公开：…共受理政府信息公开申请 21 件": the verb nearest the figure governs it.
  const concluded = nearest(span, /办结|答复/g, side);
  const handled = nearest(span, /(?<![需应待])办理|处理/g, side);
  // 新收 is the table's own word; the everyday verbs count requests only when 申请 is in the clause.
  const received = Math.max(nearest(span, /新收/g, side), /申请/.test(around) ? nearest(span, /收到|接到|受理|接收|收悉|[需应]办理/g, side) : -1);
  if (concluded < 0 && handled < 0 && received < 0) return null;
  if (received > Math.max(concluded, handled)) return { kind: 'applications', row: 'newReceived' };
  return { kind: 'applications', row: concluded >= handled ? 'totalProcessed' : 'handled' };
}

/**
 * "现行有效行政规范性文件 698 件", "本年度制发的规范性文件 88 件", "废止规章 2 件": table 二's three
 * counts, for the kind of document named nearest the figure.
 */
function activeTopic(span: string, side: 'before' | 'after'): Topic | null {
  const rules = nearest(span, /规章/g, side);
  const docs = nearest(span, /规范性文件/g, side);
  if (rules < 0 && docs < 0) return null;
  // "现行有效的规章和规范性文件共 125 件": a count of both, which table 二 does not hold as one cell.
  if (/规章(?:和|及|与|、)(?:行政)?规范性文件|规范性文件(?:和|及|与|、)规章/.test(span)) return null;
  const kind = docs > rules ? 'normativeDocs' : 'rules';
  const inForce = nearest(span, /现行有效/g, side);
  const issued = nearest(span, /制发|印发|出台/g, side);
  const repealed = nearest(span, /废止/g, side);
  const best = Math.max(inForce, issued, repealed);
  if (best < 0) return null;
  const count = best === inForce ? 'inForce' : best === repealed ? 'repealed' : 'issued';
  return { kind: 'active', key: `active.${kind}.${count}` };
}

/**
 * How close the last (before the figure) or first (after it) match of `re` in `span` lies to the
 * figure, as a number that grows with closeness; -1 when there is none.
 */
function nearest(span: string, re: RegExp, side: 'before' | 'after'): number {
  let best = -1;
  for (const m of span.matchAll(re)) {
    const closeness = side === 'before' ? m.index + m[0].length : span.length - m.index;
    best = Math.max(best, closeness);
  }
  return best;
}

function columnOf(span: string): ColumnTopic | null {
  for (const [re, col] of COLUMN_PATTERNS) if (re.test(span)) return col;
  return null;
}

/** What may stand between a count and its share: "占 43.28%", "占比为", "占办结总数的 52.24%". */
const PERCENT_LEAD = /^(?:占|占比|比例|比重|约|为|达)*(?:(?:全部|本年)?(?:办结|受理|收到|新收)?(?:申请)?(?:总数|总量|数量|件数)的?(?:比例|比重)?(?:为|约|达)?)?$/;
const ALL_DONE = /(?:所有|全部)(?:的)?(?:政府信息公开|信息公开|依申请公开)?申请(?:均|都|全部)?(?:已|已经)?(?:按要求|依法|按时|按期)?(?:办理完成|办理完毕|办结|答复完毕)/;
/** "按时办结率100%" is about deadlines, not about requests left open. */
const RATE_100 = /(?<!按时|按期|及时)办结率(?:为|达)?100%/;
/** "《条例》实施以来累计…", "近三年来": a figure over several years. */
const CUMULATIVE = /历年|近(?:\d+|[两二三四五六七八九十])年|(?<!今年|本年|年初|年度)以来/;
const HAS_DIGIT = /\d/;

/**
 * "自然人申请中，予以公开 50 件": a clause without a figure that names an applicant column sets the
 * column for the figures after it in the sentence.
 */
function columnContext(sentence: string, clauseStart: number): ColumnTopic | null {
  let column: ColumnTopic | null = null;
  let start = 0;
  while (start < clauseStart) {
    const [, end] = clauseBounds(sentence, start);
    const clause = sentence.slice(start, end);
    if (!HAS_DIGIT.test(clause)) column = columnOf(clause) ?? column;
    start = end + 1;
  }
  return column;
}

const sameTarget = (a: StatementTarget, b: StatementTarget): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * "答复 134 件，其中当面答复 12 件，网上答复 98 件": after 其中, a figure that reads like the total
 * before it is one of its parts (a split by channel, which the table does not have).
 */
function isPartOfStatedTotal(sentence: string, at: number, statement: Statement, placed: readonly { at: number; statement: Statement }[]): boolean {
  return placed.some((p) => sameTarget(p.statement.target, statement.target) && sentence.slice(p.at, at).includes('其中'));
}

/** "县自然资源局收到申请 45 件": a unit named as the subject of a count, right before its verb. */
const UNIT_SUBJECT = /([\u4e00-\u9fa5]{1,14}?(?:局|委员会|委|办公室|中心|镇|街道|乡))(?:共|全年|本年度?|累计)?(?:收到|受理|接收|办理|办结|答复)/;

/**
 * In a government's report that lists its departments ("县自然资源局收到申请 45 件，县住建局…"), a
 * count of another unit is part of the table's total, not the total. The agency itself, however it
 * abbreviates its name, is named with 本/我 or by a name its own contains.
 */
function aboutAnotherUnit(before: string, agency: string | null): boolean {
  const m = UNIT_SUBJECT.exec(before);
  if (!m || agency === null) return false;
  const unit = (m[1] as string).replace(/^.*?(?:本|我)/, '本');
  if (unit.startsWith('本')) return false;
  const short = unit.replace(/^(?:.*?[省市县区])/, '');
  return !agency.includes(unit) && !agency.includes(short);
}

function sentenceStatements(section: ProseSectionKey, sentence: string, requestContext: boolean, year: number | null, agency: string | null): Statement[] {
  const out: Statement[] = [];
  const figures = HAS_DIGIT.test(sentence) ? findFigures(sentence) : [];
  let lastRow: ApplicationTopic | null = null;
  let last: { figure: Figure; statement: Statement | null } | null = null;
  const placed: { at: number; statement: Statement }[] = [];

  figures.forEach((fig, i) => {
    const [cs, ce] = clauseBounds(sentence, fig.start);
    const prev = figures[i - 1];
    const next = figures[i + 1];
    const preStart = prev && prev.end > cs ? prev.end : cs;
    let postEnd = next && next.start < ce ? next.start : ce;
    const listBreak = sentence.indexOf('、', fig.end);
    if (listBreak >= 0 && listBreak < postEnd) postEnd = listBreak;
    const pre = sentence.slice(preStart, fig.start);
    const post = sentence.slice(fig.end, postEnd);
    const clause = sentence.slice(cs, ce);

    if (fig.unit === '%') {
      const owner = last?.statement;
      // Only a 总计 figure's share is checked: "其中自然人 50 件，占 86.2%" is a share of the group, not of all requests.
      if (owner && last?.figure === prev && owner.target.kind === 'applications' && owner.target.column === 'total' && isOutcomeTopic(owner.target.row) && PERCENT_LEAD.test(pre) && !fig.approximate) {
        const decimals = (String(fig.value).split('.')[1] ?? '').length;
        owner.percent = { value: fig.value, decimals, clause };
      }
      last = { figure: fig, statement: null };
      return;
    }
    if (!CASE_UNITS.has(fig.unit) || fig.approximate) {
      last = { figure: fig, statement: null };
      return;
    }
    if (aboutAnotherYear(sentence.slice(cs, fig.start), year) || CHANGE.test(pre) || CUMULATIVE.test(sentence.slice(0, fig.start)) || aboutAnotherUnit(sentence.slice(cs, fig.start), agency) || PART_OF_YEAR.test(sentence.slice(cs, fig.start))) {
      last = { figure: fig, statement: null };
      return;
    }
    const around = pre + post;
    const topic = topicOf(pre, 'before', around, sentence, requestContext) ?? topicOf(post, 'after', around, sentence, requestContext);
    const column = columnOf(pre) ?? columnContext(sentence, cs) ?? 'total';
    let statement: Statement | null = null;
    if (topic?.kind === 'disputes') {
      statement = { section, clause, value: fig.value, target: topic.outcome ? { kind: 'disputes', group: topic.group, outcome: topic.outcome } : { kind: 'disputes', group: topic.group } };
    } else if (topic?.kind === 'active') {
      statement = { section, clause, value: fig.value, target: topic };
    } else if (topic) {
      // "予以公开 58 件（含部分公开 12 件）": the figure counts both.
      const row = topic.row === 'granted' && /^\(含部分公开/.test(sentence.slice(fig.end)) ? 'grantedOrPartial' : topic.row;
      statement = { section, clause, value: fig.value, target: { kind: 'applications', row, column } };
      lastRow = row;
    } else if (column !== 'total' && lastRow) {
      // "其中自然人申请 741 件，法人或其他组织申请 8 件": a split of the figure before it.
      statement = { section, clause, value: fig.value, target: { kind: 'applications', row: lastRow, column } };
    }
    if (statement && !isPartOfStatedTotal(sentence, fig.start, statement, placed)) {
      out.push(statement);
      placed.push({ at: fig.start, statement });
    }
    last = { figure: fig, statement };
  });

  // "所有申请均已按要求办理完成", "办结率100%": nothing was carried forward.
  if (!requestContext) return out;
  const allDone = ALL_DONE.exec(sentence) ?? (/申请/.test(sentence) && !NOT_REQUESTS.test(sentence) ? RATE_100.exec(sentence) : null);
  if (allDone) {
    const [cs, ce] = clauseBounds(sentence, allDone.index);
    out.push({ section, clause: sentence.slice(cs, ce), value: 0, target: { kind: 'applications', row: 'carriedForward', column: 'total' } });
  }
  return out;
}

/** Every figure of the prose sections that a clause attributes to table cells; others are left out. */
export function extractStatements(sections: Partial<Record<ProseSectionKey, string | null>>, year: number | null = null, agency: string | null = null): Statement[] {
  return statementsOf(proseSentences(sections), year, agency);
}

/**
 * "较上年…", "去年收到…", "2024年收到申请 60 件" in a 2025 report: a figure of an earlier year, which
 * this year's table does not hold. (A later year is fine: "结转至2026年6件".)
 */
function aboutAnotherYear(before: string, year: number | null): boolean {
  if (/去年|上年(?!度?结转)|上一年(?!度?结转)|同比|同期/.test(before)) return true;
  if (year === null) return false;
  for (const m of before.matchAll(/(20\d\d)年(?!\d{1,2}月)/g)) if (Number(m[1]) < year) return true;
  return false;
}

export function statementsOf(prose: readonly SectionSentences[], year: number | null = null, agency: string | null = null): Statement[] {
  const out: Statement[] = [];
  for (const { section, sentences } of prose) {
    let previousMentionsRequests = false;
    for (const sentence of sentences) {
      const mentions = sentence.includes('申请');
      if (mentions || previousMentionsRequests || HAS_DIGIT.test(sentence)) out.push(...sentenceStatements(section, sentence, mentions || previousMentionsRequests, year, agency));
      previousMentionsRequests = mentions;
    }
  }
  return out;
}
