import type { FormatVersion } from '@nianbao/report';
import type { SubmissionStatus } from '@nianbao/api-contract';

export const FORMAT_LABELS: Record<FormatVersion, string> = {
  '2021': '2021 年格式（国办公开办函〔2021〕30号）',
  '2019': '2019 年格式（国办公开办函〔2019〕60号）',
  pre2019: '2019 年以前的自由格式',
};

export const STATUS_LABELS: Record<SubmissionStatus, string> = {
  queued: '排队中',
  processing: '解析核查中',
  accepted: '已接收',
  rejected: '未通过',
  failed: '处理失败',
};

export function showNumber(v: number | null): string {
  return v === null ? '—' : String(v);
}

export const DECISION_LABELS = { confirmed: '已确认', dismissed: '已驳回' } as const;

export function showValue(v: number | string | null): string {
  return v === null ? '（空）' : String(v);
}

/** What each rule checks, in a few words (spec: The consistency rules; parse findings from libs/parsers). */
export const RULE_NAMES: Record<string, string> = {
  'T3.balance': '表三 新收+上年结转＝办理总计+结转',
  'T3.outcomeSum': '表三（一）至（六）之和＝（七）总计',
  'T3.rowTotal': '表三 各类申请人之和＝总计',
  'T4.groupTotal': '表四 维持+纠正+其他+未审结＝总计',
  'VAL.nonNegativeInteger': '数值为非负整数',
  'DOC.sections': '六个部分和三张表齐全',
  'DOC.year': '报告年度明确且合理',
  'TXT.narrative': '正文数字与表格一致',
  'TXT.partsSum': '正文分项之和等于总数',
  'X.carryOver': '本年“上年结转”＝上年“结转下年度”',
  'X.inForce': '现行有效件数逐年衔接',
  'T2.feesUnit': '收费金额单位（万元）',
  'DOC.problemsSection': '第五部分内容充实',
  'TXT.feeStatement': '收费说明与表格一致',
  'X.rollup': '本级汇总＝所属部门之和',
  'X.duplicateText': '正文与上年雷同',
  'X.missing': '按期报送',
  'PARSE.agency': '未识别报告机关',
  'PARSE.year': '未识别报告年度',
  'PARSE.formatVersion': '未识别表格格式',
  'PARSE.header': '表头无法完全识别',
  'PARSE.missingTable': '缺少统计表',
  'PARSE.missingRow': '表格缺少行',
  'PARSE.missingCell': '表格缺少格子',
  'PARSE.shortRow': '表格行的格子数不足',
  'PARSE.duplicateCell': '同一格出现两次',
  'PARSE.cellText': '格子内容不是数字',
  'PARSE.unitConverted': '格内单位已换算',
  'PARSE.unitStripped': '格内单位已去除',
  'PARSE.footnoteStripped': '格内注释标记已去除',
  'PARSE.sectionHeading': '章节标题缺失，已按内容推断',
};
