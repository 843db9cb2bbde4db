import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, SEED_AGENCY, SEED_FILE, SEED_YEAR, seedReportId, SHOTS_DIR, WEB_URL } from './platform';

let browser: Browser;
let page: Page;
let reportId: string;

beforeAll(async () => {
  mkdirSync(SHOTS_DIR, { recursive: true });
  reportId = await seedReportId();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
});

afterAll(async () => {
  await browser?.close();
});

/** The text a value cell prints, without the [n] finding marks. */
function cell(key: string): Promise<string> {
  return page.$eval(`td[data-key="${key}"]`, (el) =>
    Array.from(el.childNodes)
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim(),
  );
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true });
}

describe('report page of the seed report (新乡市公安局 2023)', () => {
  beforeAll(async () => {
    const res = await page.goto(`${WEB_URL}/reports/${encodeURIComponent(reportId)}`);
    expect(res?.status()).toBe(200);
    await shot('seed-report');
  });

  it('names the agency and year', async () => {
    expect(await page.textContent('h1')).toContain(`${SEED_AGENCY} ${SEED_YEAR} 年`);
  });

  it('renders table 二 with the published figures', async () => {
    expect(await cell('active.licensing')).toBe('2439825');
    expect(await cell('active.fees')).toBe('9486.7475');
    expect(await cell('active.normativeDocs.inForce')).toBe('4');
  });

  it('renders table 三 in the official layout with the right totals', async () => {
    const headers = await page.$$eval('#table-applications thead th', (ths) => ths.map((t) => t.textContent?.trim()));
    expect(headers).toEqual(['申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    expect(await page.getAttribute('#table-applications th:text-is("三、本年度办理结果")', 'rowspan')).toBe('22');
    expect(await cell('applications.newReceived.total')).toBe('57');
    expect(await cell('applications.newReceived.naturalPerson')).toBe('57');
    expect(await cell('applications.totalProcessed.total')).toBe('54');
    expect(await cell('applications.carriedForward.total')).toBe('3');
    expect(await cell('applications.unavailable.notHeld.total')).toBe('18');
    expect(await page.$$eval('#table-applications td[data-key]', (tds) => tds.length)).toBe(175);
  });

  it('renders table 四 with 行政复议 维持 1', async () => {
    expect(await page.$$eval('#table-disputes thead tr:first-child th', (ths) => ths.map((t) => t.textContent?.trim()))).toEqual(['行政复议', '行政诉讼']);
    expect(await cell('disputes.review.upheld')).toBe('1');
    expect(await cell('disputes.review.total')).toBe('1');
    expect(await cell('disputes.litigationDirect.total')).toBe('0');
  });

  it('shows each cell’s provenance on hover', async () => {
    const title = await page.getAttribute('td[data-key="applications.newReceived.total"]', 'title');
    expect(title).toContain('原文：“57”');
    expect(title).toContain('来源：');
  });

  it('keeps the prose of sections 一, 五 and 六', async () => {
    expect(await page.textContent('#section-overview')).toContain('共接到社会公众依申请公开 57 件');
    expect(await page.textContent('#section-other')).toContain('未向申请人收取任何费用');
  });
});

describe('report list', () => {
  it('shows the seed report with its key figures, filtered by agency and year', async () => {
    await page.goto(`${WEB_URL}/?agency=${encodeURIComponent(SEED_AGENCY)}&year=${SEED_YEAR}`);
    await shot('report-list');
    const row = page.locator('#report-list tbody tr', { hasText: SEED_AGENCY }).first();
    const cells = await row.locator('td').allTextContents();
    // 年度, 本年新收, 办结, 结转, 行政复议总计
    expect(cells.slice(0, 5)).toEqual([String(SEED_YEAR), '57', '54', '3', '1']);
  });
});

describe('submission portal', () => {
  it('offers the Excel template for download', async () => {
    await page.goto(`${WEB_URL}/submit`);
    const href = await page.getAttribute('a:text("Excel 填报模板")', 'href');
    const res = await page.request.get(`${WEB_URL}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('spreadsheetml');
    expect((await res.body()).subarray(0, 2).toString()).toBe('PK');
  });

  it('uploads a document, follows its processing and links to the stored report', async () => {
    await page.goto(`${WEB_URL}/submit`);
    // A trailing line makes the bytes new (a fresh submission) without changing what the report says.
    const bytes = Buffer.concat([readFileSync(SEED_FILE), Buffer.from(`\n\n`)]);
    await page.setInputFiles('input[type=file]', { name: 'xinxiang-police-2023.txt', mimeType: 'text/plain', buffer: bytes });
    await page.click('button[type=submit]');
    await page.waitForURL(/\/submissions\//, { timeout: 30000 });
    await page.waitForSelector('[data-status="accepted"], [data-status="rejected"], [data-status="failed"]', { timeout: 90000 });
    await shot('submission-status');
    expect(await page.getAttribute('[data-status]', 'data-status')).toBe('accepted');
    await page.click('#report-link');
    await page.waitForURL(/\/reports\//);
    expect(await cell('applications.newReceived.total')).toBe('57');
  });

  it('explains in Chinese why a document that is not a report is refused', async () => {
    await page.goto(`${WEB_URL}/submit`);
    await page.setInputFiles('input[type=file]', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from(`会议纪要 ${Date.now()}\n今天讨论了食堂菜单。\n`) });
    await page.click('button[type=submit]');
    // The API may refuse at once (4xx, shown on the form) or after parsing (status 未通过 on the status page).
    const outcome = await page.waitForSelector('form [role=alert], [data-status="rejected"]', { timeout: 90000 });
    await shot('submission-refused');
    expect(await outcome.textContent()).toMatch(/[\u4e00-\u9fff]/);
  });
});
