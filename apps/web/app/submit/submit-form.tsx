'use client';

import { useActionState } from 'react';
import { submitReport, type SubmitState } from './actions';

const ACCEPT = '.txt,.md,.html,.htm,.doc,.docx,.xls,.xlsx,.pdf,text/plain,text/html,application/pdf';

export function SubmitForm() {
  const [state, action, pending] = useActionState<SubmitState, FormData>(submitReport, { error: null });
  return (
    <form action={action} className="filters" aria-describedby="submit-help">
      <label>
        报告文件
        <input type="file" name="file" accept={ACCEPT} required />
      </label>
      <label>
        机关名称（选填）
        <input type="text" name="agency" maxLength={200} placeholder="文件未写明时填写" defaultValue={state.hints?.agency} />
      </label>
      <label>
        报告年度（选填）
        <input type="number" name="year" min={2008} max={2100} defaultValue={state.hints?.year} />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? '正在上传…' : '提交'}
      </button>
      {state.error && (
        <div className="notice" role="alert" style={{ flexBasis: '100%' }}>
          {state.error}
        </div>
      )}
    </form>
  );
}
