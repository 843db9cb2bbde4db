'use server';

import { redirect } from 'next/navigation';
import type { SubmissionCreated } from '@nianbao/api-contract';
import { apiFetch, ApiRequestError, errorFromResponse } from '../../lib/api';
import { describeSubmitError } from '../../lib/submit-errors';

export interface SubmitState {
  error: string | null;
}

/** Forwards the uploaded document to the API and, once it is queued, opens the submission's status page. */
export async function submitReport(_prev: SubmitState, formData: FormData): Promise<SubmitState> {
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return { error: '请选择要上传的报告文件。' };

  const body = new FormData();
  body.set('file', file, file.name);
  // Optional hints for documents whose title does not name the agency or the year clearly.
  for (const hint of ['agency', 'year'] as const) {
    const value = String(formData.get(hint) ?? '').trim();
    if (value) body.set(hint, value);
  }
  let created: SubmissionCreated;
  try {
    const res = await apiFetch('/submissions', { method: 'POST', body });
    if (!res.ok) throw await errorFromResponse(res);
    created = (await res.json()) as SubmissionCreated;
  } catch (err) {
    if (err instanceof ApiRequestError) return { error: describeSubmitError(err) };
    throw err;
  }
  redirect(`/submissions/${encodeURIComponent(created.id)}`);
}
