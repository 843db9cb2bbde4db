import { applicationCellKeys, disputeCellKeys, numericCellKeys, type FormatVersion, type Severity } from '@nianbao/report';
import { tableEquations } from './table/equations';

/** Bumped whenever a rule is added, removed or changes what it finds: stored findings name it. */
export const RULESET_VERSION = '22';

export type RuleScope = 'table' | 'document' | 'prose' | 'cross';

export interface RuleDef {
  readonly id: string;
  readonly severity: Severity;
  readonly scope: RuleScope;
  /** What the rule checks, as a reviewer reads it. */
  readonly title: string;
  readonly titleEn: string;
  /** The cells (and prose sections) the rule reads in a report of the format. */
  readonly reads: (format: FormatVersion) => readonly string[];
}

const equationCells = (rule: string) => (format: FormatVersion): string[] => [
  ...new Set(tableEquations(format).filter((e) => e.rule === rule).flatMap((e) => e.cells)),
];
const fixed = (...keys: string[]) => (): readonly string[] => keys;
const PROSE = ['sections.overview', 'sections.problems', 'sections.other'];
const tableCells = (format: FormatVersion): string[] => (format === 'pre2019' ? [] : [...applicationCellKeys(format), ...disputeCellKeys()]);

/** The rule set of spec/report-schema.md ("The consistency rules"): ids and severities are the spec's. */
export const RULES: readonly RuleDef[] = [
  { id: 'T3.balance', severity: 'error', scope: 'table', title: '表三 各列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度', titleEn: 'Table 3, each column: new + carried over = total processed + carried forward', reads: equationCells('T3.balance') },
  { id: 'T3.outcomeSum', severity: 'error', scope: 'table', title: '表三 各列：（一）至（六）之和 = （七）总计', titleEn: 'Table 3, each column: outcomes (1)–(6) add up to (7) total', reads: equationCells('T3.outcomeSum') },
  { id: 'T3.rowTotal', severity: 'error', scope: 'table', title: '表三 各行：六类申请人之和 = 总计', titleEn: 'Table 3, each row: the six applicant columns add up to the total column', reads: equationCells('T3.rowTotal') },
  { id: 'T4.groupTotal', severity: 'error', scope: 'table', title: '表四 各组：维持 + 纠正 + 其他 + 尚未审结 = 总计', titleEn: 'Table 4, each group: upheld + corrected + other + pending = total', reads: equationCells('T4.groupTotal') },
  { id: 'VAL.nonNegativeInteger', severity: 'error', scope: 'table', title: '表二、三、四 计数为非负整数，收费金额不为负', titleEn: 'Counts of tables 2, 3, 4 are whole numbers ≥ 0; fees ≥ 0', reads: numericCellKeys },
  { id: 'DOC.sections', severity: 'error', scope: 'document', title: '六个部分和三张表齐全', titleEn: 'All six sections and the three tables are present', reads: fixed(...PROSE, 'sections.active', 'sections.applications', 'sections.disputes') },
  { id: 'DOC.year', severity: 'error', scope: 'document', title: '报告年度已注明且合理（2008 年至今）', titleEn: 'The report year is stated and plausible (2008 to the current year)', reads: fixed('year') },
  { id: 'T2.feesUnit', severity: 'warning', scope: 'document', title: '表二 收费金额疑似以元而非万元填报', titleEn: 'Table 2 fee amount looks like yuan rather than 10,000 yuan', reads: fixed('active.fees') },
  { id: 'DOC.problemsSection', severity: 'warning', scope: 'document', title: '第五部分 存在的主要问题及改进情况 内容空泛', titleEn: 'Section 5 (problems and improvements) is empty or trivial', reads: fixed('sections.problems') },
  { id: 'TXT.narrative', severity: 'warning', scope: 'prose', title: '正文所述数字与表格一致', titleEn: 'Figures stated in the prose equal the table cells they refer to', reads: (format) => [...PROSE, ...tableCells(format)] },
  { id: 'TXT.partsSum', severity: 'warning', scope: 'prose', title: '正文所述分项之和等于所述总数', titleEn: 'Parts stated in the prose add up to their stated total', reads: fixed(...PROSE) },
  { id: 'TXT.feeStatement', severity: 'warning', scope: 'prose', title: '正文关于收费的表述与表格一致', titleEn: 'Fee statements in the prose agree with the tables', reads: fixed('sections.other', 'applications.otherHandling.overdueFee.total', 'active.fees') },
  { id: 'X.carryOver', severity: 'error', scope: 'cross', title: '本年上年结转 = 上一年度结转下年度（逐列）', titleEn: 'Carried over in year N = carried forward in year N−1 (each column)', reads: (format) => (format === 'pre2019' ? [] : applicationCellKeys(format).filter((k) => /\.(carriedOver|carriedForward)\./.test(k))) },
  { id: 'X.inForce', severity: 'warning', scope: 'cross', title: '现行有效件数 = 上年现行有效 + 本年制发 − 本年废止', titleEn: 'In force = previous in force + issued − repealed', reads: fixed('active.rules.issued', 'active.rules.repealed', 'active.rules.inForce', 'active.normativeDocs.issued', 'active.normativeDocs.repealed', 'active.normativeDocs.inForce') },
  { id: 'X.rollup', severity: 'warning', scope: 'cross', title: '本级政府汇总报告 = 所属机关报告之和（逐格）', titleEn: 'An aggregated government report equals the sum of its member agencies (cell by cell)', reads: tableCells },
  { id: 'X.duplicateText', severity: 'warning', scope: 'cross', title: '正文与上一年度内容雷同', titleEn: 'Prose is over 90% the same as the previous year', reads: fixed('sections.overview', 'sections.problems') },
  { id: 'X.missing', severity: 'info', scope: 'cross', title: '逾期未报送年度报告', titleEn: 'No accepted report by the deadline', reads: fixed() },
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleDef(id: string): RuleDef {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`unknown rule id ${id}`);
  return def;
}

/** Cross-report findings go to reviewers and never block a report's acceptance (spec). */
export function blocksAcceptance(finding: { rule: string; severity: Severity }): boolean {
  return finding.severity === 'error' && ruleDef(finding.rule).scope !== 'cross';
}
