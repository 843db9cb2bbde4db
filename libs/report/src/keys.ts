/**
 * Every key of the canonical report, with its official label, in the order the published tables
 * print them. The keys are the contract of spec/report-schema.md: use them verbatim.
 */

export const APPLICANT_COLUMNS = [
  { key: 'naturalPerson', label: '自然人' },
  { key: 'commercial', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'socialWelfare', label: '社会公益组织' },
  { key: 'legalService', label: '法律服务机构' },
  { key: 'otherOrg', label: '其他' },
  { key: 'total', label: '总计' },
] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number]['key'];
/** The six applicant columns whose sum is the 总计 column. */
export const APPLICANT_PARTS: readonly ApplicantColumn[] = APPLICANT_COLUMNS.slice(0, 6).map((c) => c.key);

export type FormatVersion = '2021' | '2019' | 'pre2019';

export interface RowDef {
  /** Dotted row key below `applications`, e.g. `withheld.stateSecret`. */
  readonly key: string;
  /** The label as the official table prints it. */
  readonly label: string;
  /** The group heading the row sits under, if any (（三）不予公开 …). */
  readonly group?: string;
  /** True for the rows that `T3.outcomeSum` adds up to （七）总计. */
  readonly outcome: boolean;
}

const row = (key: string, label: string, outcome: boolean, group?: string): RowDef => ({ key, label, outcome, group });

const ROWS_HEAD: RowDef[] = [
  row('newReceived', '一、本年新收政府信息公开申请数量', false),
  row('carriedOver', '二、上年结转政府信息公开申请数量', false),
  row('granted', '（一）予以公开', true, '三、本年度办理结果'),
  row('partiallyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', true, '三、本年度办理结果'),
  row('withheld.stateSecret', '1.属于国家秘密', true, '（三）不予公开'),
  row('withheld.lawForbidden', '2.其他法律行政法规禁止公开', true, '（三）不予公开'),
  row('withheld.endangersSafety', '3.危及“三安全一稳定”', true, '（三）不予公开'),
  row('withheld.thirdPartyRights', '4.保护第三方合法权益', true, '（三）不予公开'),
  row('withheld.internalAffairs', '5.属于三类内部事务信息', true, '（三）不予公开'),
  row('withheld.processInfo', '6.属于四类过程性信息', true, '（三）不予公开'),
  row('withheld.enforcementFile', '7.属于行政执法案卷', true, '（三）不予公开'),
  row('withheld.administrativeQuery', '8.属于行政查询事项', true, '（三）不予公开'),
  row('unavailable.notHeld', '1.本机关不掌握相关政府信息', true, '（四）无法提供'),
  row('unavailable.needsCreation', '2.没有现成信息需要另行制作', true, '（四）无法提供'),
  row('unavailable.unclearAfterCorrection', '3.补正后申请内容仍不明确', true, '（四）无法提供'),
  row('notProcessed.petition', '1.信访举报投诉类申请', true, '（五）不予处理'),
  row('notProcessed.duplicate', '2.重复申请', true, '（五）不予处理'),
  row('notProcessed.publication', '3.要求提供公开出版物', true, '（五）不予处理'),
  row('notProcessed.massRepeated', '4.无正当理由大量反复申请', true, '（五）不予处理'),
  row('notProcessed.confirmation', '5.要求行政机关确认或重新出具已获取信息', true, '（五）不予处理'),
];

const ROWS_TAIL: RowDef[] = [
  row('totalProcessed', '（七）总计', false, '三、本年度办理结果'),
  row('carriedForward', '四、结转下年度继续办理', false),
];

/** Table 三 rows of the 2021 format: 25 rows. */
export const APPLICATION_ROWS_2021: readonly RowDef[] = [
  ...ROWS_HEAD,
  row('otherHandling.overdueCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', true, '（六）其他处理'),
  row('otherHandling.overdueFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', true, '（六）其他处理'),
  row('otherHandling.other', '3.其他', true, '（六）其他处理'),
  ...ROWS_TAIL,
];

/** Table 三 rows of the 2019 trial format: （六）其他处理 is one row. */
export const APPLICATION_ROWS_2019: readonly RowDef[] = [
  ...ROWS_HEAD,
  row('otherHandling.total', '（六）其他处理', true, '三、本年度办理结果'),
  ...ROWS_TAIL,
];

export function applicationRows(format: FormatVersion): readonly RowDef[] {
  return format === '2019' ? APPLICATION_ROWS_2019 : APPLICATION_ROWS_2021;
}

export const DISPUTE_GROUPS = [
  { key: 'review', label: '行政复议' },
  { key: 'litigationDirect', label: '行政诉讼 · 未经复议直接起诉' },
  { key: 'litigationAfterReview', label: '行政诉讼 · 复议后起诉' },
] as const;
export type DisputeGroup = (typeof DISPUTE_GROUPS)[number]['key'];

export const DISPUTE_OUTCOMES = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number]['key'];
export const DISPUTE_PARTS: readonly DisputeOutcome[] = ['upheld', 'corrected', 'other', 'pending'];

export interface ActiveDef {
  readonly key: string;
  readonly label: string;
  readonly unit: '件' | '万元' | '个' | '项';
  /** A count must be a whole number; an amount may carry decimals. */
  readonly amount?: boolean;
}

/** Table 二 of the 2021 format (`active.*`). */
export const ACTIVE_2021: readonly ActiveDef[] = [
  { key: 'active.rules.issued', label: '第二十条第（一）项 · 规章 · 本年制发件数', unit: '件' },
  { key: 'active.rules.repealed', label: '第二十条第（一）项 · 规章 · 本年废止件数', unit: '件' },
  { key: 'active.rules.inForce', label: '第二十条第（一）项 · 规章 · 现行有效件数', unit: '件' },
  { key: 'active.normativeDocs.issued', label: '第二十条第（一）项 · 行政规范性文件 · 本年制发件数', unit: '件' },
  { key: 'active.normativeDocs.repealed', label: '第二十条第（一）项 · 行政规范性文件 · 本年废止件数', unit: '件' },
  { key: 'active.normativeDocs.inForce', label: '第二十条第（一）项 · 行政规范性文件 · 现行有效件数', unit: '件' },
  { key: 'active.licensing', label: '第二十条第（五）项 · 行政许可 · 本年处理决定数量', unit: '件' },
  { key: 'active.penalty', label: '第二十条第（六）项 · 行政处罚 · 本年处理决定数量', unit: '件' },
  { key: 'active.coercion', label: '第二十条第（六）项 · 行政强制 · 本年处理决定数量', unit: '件' },
  { key: 'active.fees', label: '第二十条第（八）项 · 行政事业性收费 · 本年收费金额', unit: '万元', amount: true },
];

const trio = (base: string, label: string, parts: [string, string][], unit: ActiveDef['unit'] = '件'): ActiveDef[] =>
  parts.map(([k, l]) => ({ key: `${base}.${k}`, label: `${label} · ${l}`, unit }));

const ITEMS_2019: [string, string][] = [
  ['prevItems', '上一年项目数量'],
  ['change', '本年增/减'],
  ['decisions', '处理决定数量'],
];

/** Table 二 of the 2019 trial format (`active2019.*`), never forced into the 2021 keys. */
export const ACTIVE_2019: readonly ActiveDef[] = [
  ...trio('active2019.rules', '第二十条第（一）项 · 规章', [
    ['newMade', '本年新制作数量'],
    ['newPublished', '本年新公开数量'],
    ['totalPublished', '对外公开总数量'],
  ]),
  ...trio('active2019.normativeDocs', '第二十条第（一）项 · 规范性文件', [
    ['newMade', '本年新制作数量'],
    ['newPublished', '本年新公开数量'],
    ['totalPublished', '对外公开总数量'],
  ]),
  ...trio('active2019.licensing', '第二十条第（五）项 · 行政许可', ITEMS_2019, '项'),
  ...trio('active2019.otherServices', '第二十条第（五）项 · 其他对外管理服务事项', ITEMS_2019, '项'),
  ...trio('active2019.penalty', '第二十条第（六）项 · 行政处罚', ITEMS_2019, '项'),
  ...trio('active2019.coercion', '第二十条第（六）项 · 行政强制', ITEMS_2019, '项'),
  ...trio('active2019.fees', '第二十条第（八）项 · 行政事业性收费', ITEMS_2019.slice(0, 2), '项'),
  { key: 'active2019.procurement.projects', label: '第二十条第（九）项 · 政府集中采购 · 采购项目数量', unit: '项' },
  { key: 'active2019.procurement.amount', label: '第二十条第（九）项 · 政府集中采购 · 采购总金额', unit: '万元', amount: true },
];

/** `active2019.*.change` (本年增/减) may legitimately be negative. */
export function isSignedKey(key: string): boolean {
  return key.startsWith('active2019.') && key.endsWith('.change');
}

export const SECTIONS = [
  { key: 'overview', numeral: '一', label: '总体情况' },
  { key: 'active', numeral: '二', label: '主动公开政府信息情况' },
  { key: 'applications', numeral: '三', label: '收到和处理政府信息公开申请情况' },
  { key: 'disputes', numeral: '四', label: '政府信息公开行政复议、行政诉讼情况' },
  { key: 'problems', numeral: '五', label: '存在的主要问题及改进情况' },
  { key: 'other', numeral: '六', label: '其他需要报告的事项' },
] as const;
export type SectionKey = (typeof SECTIONS)[number]['key'];
/** Sections whose prose the canonical report keeps verbatim. */
export type ProseSectionKey = 'overview' | 'problems' | 'other';
export const PROSE_SECTIONS: readonly ProseSectionKey[] = ['overview', 'problems', 'other'];

export function applicationCellKeys(format: FormatVersion): string[] {
  return applicationRows(format).flatMap((r) => APPLICANT_COLUMNS.map((c) => `applications.${r.key}.${c.key}`));
}

export function disputeCellKeys(): string[] {
  return DISPUTE_GROUPS.flatMap((g) => DISPUTE_OUTCOMES.map((o) => `disputes.${g.key}.${o.key}`));
}

export function activeDefs(format: FormatVersion): readonly ActiveDef[] {
  return format === '2019' ? ACTIVE_2019 : format === '2021' ? ACTIVE_2021 : [];
}

/** Every numeric cell of tables 二, 三 and 四 for a format, in table order. */
export function numericCellKeys(format: FormatVersion): string[] {
  if (format === 'pre2019') return [];
  return [...activeDefs(format).map((d) => d.key), ...applicationCellKeys(format), ...disputeCellKeys()];
}
