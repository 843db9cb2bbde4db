import { ApiRequestError } from '../lib/api';

/** What a page shows instead of crashing when the API answers with an error or cannot be reached. */
export function ApiErrorNotice({ error, what }: { error: unknown; what: string }) {
  const detail = error instanceof ApiRequestError ? `${error.message}（HTTP ${error.status}）` : String(error);
  return (
    <div className="notice" role="alert">
      {what}失败：{detail}
    </div>
  );
}
