'use client';

import { useActionState } from 'react';
import type { FindingReview } from '@nianbao/api-contract';
import { reviewFinding, type ReviewState } from './actions';

export function ReviewForm({ findingId, reportId, review }: { findingId: string; reportId: string; review: FindingReview | null }) {
  const [state, action, pending] = useActionState<ReviewState, FormData>(reviewFinding, { error: null, done: false });
  const values = state.values ?? { decision: review?.decision ?? '', comment: review?.comment ?? '', reviewer: review?.reviewer ?? '' };
  return (
    <form action={action} className="review-form" aria-label="复核" data-finding={findingId}>
      <input type="hidden" name="findingId" value={findingId} />
      <input type="hidden" name="reportId" value={reportId} />
      <label>
        结论
        <select name="decision" defaultValue={values.decision} required>
          <option value="" disabled>
            请选择
          </option>
          <option value="confirmed">确认（确属问题）</option>
          <option value="dismissed">驳回（不是问题）</option>
        </select>
      </label>
      <label>
        说明
        <textarea name="comment" defaultValue={values.comment} placeholder="如：已与填报单位核实，原表漏填" />
      </label>
      <label>
        复核人
        <input type="text" name="reviewer" defaultValue={values.reviewer} required />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? '保存中…' : review ? '修改复核' : '保存复核'}
      </button>
      {state.error && (
        <span className="notice" role="alert">
          {state.error}
        </span>
      )}
      {state.done && !state.error && <span role="status">已保存</span>}
    </form>
  );
}
