import type { ApiError } from '@nianbao/api-contract';

/** Base URL of the platform's HTTP API, prefix included; read per request so one build serves any deployment. */
export function apiUrl(): string {
  return (process.env.API_URL ?? 'http://127.0.0.1:4000/api/v1').replace(/\/+$/, '');
}

/** An answer of the API that was not 2xx, or the API could not be reached. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

function isApiError(body: unknown): body is ApiError {
  return typeof body === 'object' && body !== null && typeof (body as ApiError).message === 'string';
}

/** Turns a non-2xx answer into an ApiRequestError carrying the API's own message when it sent one. */
export async function errorFromResponse(res: Response): Promise<ApiRequestError> {
  const text = await res.text();
  let message = `${res.status} ${res.statusText}`.trim();
  try {
    const body: unknown = JSON.parse(text);
    if (isApiError(body)) message = body.message;
  } catch {
    if (text.trim()) message = text.trim().slice(0, 300);
  }
  return new ApiRequestError(res.status, message);
}

export async function apiFetch(path: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(`${apiUrl()}${path}`, { cache: 'no-store', ...init });
  } catch (err) {
    const reason = err instanceof Error && err.cause instanceof Error ? err.cause.message : String(err);
    throw new ApiRequestError(503, `无法连接数据接口（${apiUrl()}）：${reason}`);
  }
}

export async function apiGet<T>(path: string): Promise<T> {
  const res = await apiFetch(path, { headers: { accept: 'application/json' } });
  if (!res.ok) throw await errorFromResponse(res);
  return (await res.json()) as T;
}

/**
 * Like apiGet for a resource named by an id in the URL: an unknown id (404) or one the API refuses as
 * malformed (400, e.g. not a UUID) is an answer, null, not an error.
 */
export async function apiGetOptional<T>(path: string): Promise<T | null> {
  const res = await apiFetch(path, { headers: { accept: 'application/json' } });
  if (res.status === 404 || res.status === 400) return null;
  if (!res.ok) throw await errorFromResponse(res);
  return (await res.json()) as T;
}

export async function apiPostJson<T>(path: string, body: unknown): Promise<T> {
  const res = await apiFetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw await errorFromResponse(res);
  return (await res.json()) as T;
}
