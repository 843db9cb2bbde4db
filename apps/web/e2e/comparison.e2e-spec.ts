import type { Browser, Page } from 'playwright-core';
import { getReport, launchChromium, submitFixture, WEB_URL } from './platform';

/** 平潭 2021 → 2022: 结转下年度 2021 = 上年结转 2022 = 1 (自然人 and 总计), fixture README "Carry-over". */
let browser: Browser;
let page: Page;
let id2021: string;
let id2022: string;

beforeAll(async () => {
  [id2021, id2022] = await Promise.all([submitFixture('pingtan/pingtan-2021.html'), submitFixture('pingtan/pingtan-2022.html')]);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
});

afterAll(async () => {
  await browser?.close();
});

/** The data cells of the body row whose header cell reads exactly `header`. */
const rowCells = (table: string, header: string) =>
  page
    .locator(`${table} tbody tr`)
    .filter({ has: page.locator('th', { hasText: new RegExp(`^${header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) })
    .locator('td')
    .allTextContents();

describe('comparison of two years of one agency', () => {
  beforeAll(async () => {
    await page.goto(`${WEB_URL}/compare?a=${id2021}&b=${id2022}`);
  });

  it('checks the carry-over from 2021 to 2022 column by column', async () => {
    expect(await rowCells('#carry-over', '总计')).toEqual(['1', '1', '一致']);
    expect(await rowCells('#carry-over', '自然人')).toEqual(['1', '1', '一致']);
  });

  it('sets the two reports side by side with their difference', async () => {
    expect(await rowCells('#compare', '表三 总计 · 本年新收')).toEqual(['70', '74', '+4']);
  });
});

describe('agency trend', () => {
  it('draws the agency’s years as a chart and lists them in a table', async () => {
    const agencyId = (await getReport(id2022)).agency.id;
    await page.goto(`${WEB_URL}/agencies/${agencyId}`);
    expect(await page.locator('.chart svg').count()).toBe(1);
    expect(await page.locator('.chart svg').textContent()).toContain('本年新收');
    const years = await page.locator('#agency-years tbody th').allTextContents();
    expect(years).toEqual(expect.arrayContaining(['2021', '2022']));
    expect(await rowCells('#carry-over-chain', '2021 → 2022')).toEqual(['1', '1', '一致']);
  });
});

describe('overview', () => {
  it('counts the reports of the chosen year only', async () => {
    await page.goto(`${WEB_URL}/overview?year=2022`);
    const yearRow = await rowCells('#by-year', '2022');
    expect(Number(yearRow[0])).toBeGreaterThanOrEqual(1);
    expect(await page.locator('#by-year tbody tr').count()).toBe(1);
  });
});
