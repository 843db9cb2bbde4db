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
