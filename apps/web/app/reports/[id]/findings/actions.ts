'use server';

import { revalidatePath } from 'next/cache';
import type { ReviewDecision } from '@nianbao/api-contract';
import { apiPostJson, ApiRequestError } from '../../../../lib/api';

export interface ReviewState {
  error: string | null;
  done: boolean;
  /** What was submitted, so the form (which React resets after an action) shows it again. */
  values?: { decision: string; comment: string; reviewer: string };
}

const DECISIONS: readonly ReviewDecision[] = ['confirmed', 'dismissed'];

/** Records a reviewer's decision on one finding through POST /findings/:id/review. */
export async function reviewFinding(_prev: ReviewState, formData: FormData): Promise<ReviewState> {
  const findingId = String(formData.get('findingId') ?? '');
  const reportId = String(formData.get('reportId') ?? '');
  const decision = String(formData.get('decision') ?? '') as ReviewDecision;
  const comment = String(formData.get('comment') ?? '').trim();
  const reviewer = String(formData.get('reviewer') ?? '').trim();
  const values = { decision, comment, reviewer };
  if (!DECISIONS.includes(decision)) return { error: '请选择“确认”或“驳回”。', done: false, values };
  if (!reviewer) return { error: '请填写复核人。', done: false, values };
  if (decision === 'dismissed' && !comment) return { error: '驳回时请说明理由。', done: false, values };
  try {
    await apiPostJson(`/findings/${encodeURIComponent(findingId)}/review`, { decision, comment, reviewer });
  } catch (err) {
    if (err instanceof ApiRequestError) {
      const hint = err.status === 404 ? '（该问题不存在或复核接口尚未开放）' : '';
      return { error: `保存复核结果失败：${err.message}${hint}`, done: false, values };
    }
    throw err;
  }
  revalidatePath(`/reports/${reportId}/findings`);
  return { error: null, done: true, values };
}
