import { apiFetch, ApiRequestError } from '../../lib/api';

/** Where the API serves the Excel template built by libs/parsers/src/template; relative to API_URL. */
const TEMPLATE_PATH = '/templates/annual-report.xlsx';

export const dynamic = 'force-dynamic';

/** Passes the API's Excel template through, so the browser only ever talks to the web origin. */
export async function GET(): Promise<Response> {
  try {
    const res = await apiFetch(TEMPLATE_PATH);
    if (res.ok && res.body) {
      return new Response(res.body, {
        headers: {
          'content-type': res.headers.get('content-type') ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition':
            res.headers.get('content-disposition') ??
            `attachment; filename*=UTF-8''${encodeURIComponent('政府信息公开工作年度报告模板.xlsx')}`,
        },
      });
    }
    return plain(res.status === 404 ? 404 : 502, `填报模板暂时无法下载（数据接口返回 ${res.status}）。`);
  } catch (err) {
    if (err instanceof ApiRequestError) return plain(503, `填报模板暂时无法下载：${err.message}`);
    throw err;
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
