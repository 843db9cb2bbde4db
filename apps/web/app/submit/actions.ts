'use server';

import { redirect } from 'next/navigation';
import type { SubmissionCreated } from '@nianbao/api-contract';
import { apiFetch, ApiRequestError, errorFromResponse } from '../../lib/api';
import { describeSubmitError } from '../../lib/submit-errors';

export interface SubmitState {
  error: string | null;
  /** The optional hints as submitted, shown again after React resets the form. */
  hints?: { agency: string; year: string };
}

/** Forwards the uploaded document to the API and, once it is queued, opens the submission's status page. */
export async function submitReport(_prev: SubmitState, formData: FormData): Promise<SubmitState> {
  // Optional hints for documents whose title does not name the agency or the year clearly.
  const hints = { agency: String(formData.get('agency') ?? '').trim(), year: String(formData.get('year') ?? '').trim() };
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return { error: '请选择要上传的报告文件。', hints };

  const body = new FormData();
  body.set('file', file, file.name);
  if (hints.agency) body.set('agency', hints.agency);
  if (hints.year) body.set('year', hints.year);
  let created: SubmissionCreated;
  try {
    const res = await apiFetch('/submissions', { method: 'POST', body });
    if (!res.ok) throw await errorFromResponse(res);
    created = (await res.json()) as SubmissionCreated;
  } catch (err) {
    if (err instanceof ApiRequestError) return { error: describeSubmitError(err), hints };
    throw err;
  }
  redirect(`/submissions/${encodeURIComponent(created.id)}`);
}
