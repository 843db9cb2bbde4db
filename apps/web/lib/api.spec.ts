import { ApiRequestError, apiGet, apiGetOptional, errorFromResponse } from './api';

describe('errorFromResponse', () => {
  it('keeps the API’s own message from an ApiError body', async () => {
    const res = new Response(JSON.stringify({ statusCode: 400, error: 'Bad Request', message: '参数 year 应为 1990 到 2100 之间的整数' }), { status: 400 });
    const err = await errorFromResponse(res);
    expect(err).toBeInstanceOf(ApiRequestError);
    expect(err).toMatchObject({ status: 400, message: '参数 year 应为 1990 到 2100 之间的整数' });
  });

  it('falls back to the text of a non-JSON answer, or the status line when it is empty', async () => {
    expect((await errorFromResponse(new Response('Bad Gateway from proxy', { status: 502 }))).message).toBe('Bad Gateway from proxy');
    expect((await errorFromResponse(new Response('', { status: 503, statusText: 'Service Unavailable' }))).message).toBe('503 Service Unavailable');
  });
});

describe('requests', () => {
  const realFetch = global.fetch;
  const realApiUrl = process.env.API_URL;
  afterEach(() => {
    global.fetch = realFetch;
    if (realApiUrl === undefined) delete process.env.API_URL;
    else process.env.API_URL = realApiUrl;
  });

  it('explains an unreachable API in Chinese as a 503, naming where it looked', async () => {
    process.env.API_URL = 'http://127.0.0.1:9/api/v1/';
    global.fetch = jest.fn().mockRejectedValue(Object.assign(new TypeError('fetch failed'), { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') }));
    await expect(apiGet('/reports')).rejects.toMatchObject({ status: 503, message: expect.stringContaining('无法连接数据接口（http://127.0.0.1:9/api/v1）') });
    expect(global.fetch).toHaveBeenCalledWith('http://127.0.0.1:9/api/v1/reports', expect.objectContaining({ cache: 'no-store' }));
  });

  it('reads an unknown or malformed id as absent, and other failures as errors', async () => {
    const answer = (status: number) => jest.fn().mockResolvedValue(new Response(JSON.stringify({ statusCode: status, error: '', message: `m${status}` }), { status }));
    for (const status of [400, 404]) {
      global.fetch = answer(status);
      await expect(apiGetOptional('/reports/x')).resolves.toBeNull();
    }
    global.fetch = answer(500);
    await expect(apiGetOptional('/reports/x')).rejects.toMatchObject({ status: 500, message: 'm500' });
  });
});
