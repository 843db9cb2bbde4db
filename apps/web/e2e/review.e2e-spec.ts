import type { Browser, Page } from 'playwright-core';
import { getReport, launchChromium, submitFixture, WEB_URL } from './platform';

/** 平潭 2020: its （七）总计 contradicts its own rows (fixture README, finding 1), so T3.outcomeSum fails. */
const FIXTURE = 'pingtan/pingtan-2020.html';

let browser: Browser;
let page: Page;
let reportId: string;

beforeAll(async () => {
  reportId = await submitFixture(FIXTURE);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
});

afterAll(async () => {
  await browser?.close();
});

describe('findings review', () => {
  let findingId: string;
  const form = () => page.locator(`form[data-finding="${findingId}"]`);

  beforeAll(async () => {
    const finding = (await getReport(reportId)).findings.find((f) => f.rule === 'T3.outcomeSum');
    if (!finding) throw new Error(`${FIXTURE} has no T3.outcomeSum finding`);
    findingId = finding.id;
    await page.goto(`${WEB_URL}/reports/${encodeURIComponent(reportId)}/findings`);
  });

  it('lists the report’s findings with a review form each', async () => {
    expect(await page.locator('#findings tbody tr', { hasText: 'T3.outcomeSum' }).count()).toBeGreaterThan(0);
    expect(await form().count()).toBe(1);
  });

  it('refuses a dismissal without a reason, in Chinese', async () => {
    await form().locator('select[name=decision]').selectOption('dismissed');
    await form().locator('textarea[name=comment]').fill('');
    await form().locator('input[name=reviewer]').fill('浏览器测试');
    await form().locator('button[type=submit]').click();
    await form().locator('[role=alert]').waitFor();
    expect(await form().locator('[role=alert]').textContent()).toContain('驳回时请说明理由');
  });

  it('records a confirmation through the API and shows it after a reload', async () => {
    const comment = `已核实（${Date.now()}）`;
    await form().locator('select[name=decision]').selectOption('confirmed');
    await form().locator('textarea[name=comment]').fill(comment);
    await form().locator('button[type=submit]').click();
    await form().locator('[role=status]').waitFor();
    const stored = (await getReport(reportId)).findings.find((f) => f.id === findingId);
    expect(stored?.review).toMatchObject({ decision: 'confirmed', comment, reviewer: '浏览器测试' });
    await page.reload();
    expect(await page.locator(`#finding-${findingId}`).textContent()).toContain('已确认');
  });
});

describe('findings across reports', () => {
  it('leads from the overview’s rule to the reports that break it', async () => {
    await page.goto(`${WEB_URL}/overview?year=2020`);
    await page.locator('#by-rule a', { hasText: 'T3.outcomeSum' }).first().click();
    await page.waitForURL(/\/findings\?/);
    const rows = page.locator('#finding-list tbody tr', { hasText: '平潭综合实验区' });
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().locator('td').first().textContent()).toBe('2020');
  });
});
