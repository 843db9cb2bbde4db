import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { StoredFinding } from '@nianbao/api-contract';
import { seedLikeReport } from '../test/seed-report';
import { FindingIndex } from '../lib/cells';
import { ActiveTable, ApplicationsTable, DisputesTable } from './report-tables';

const balance: StoredFinding = {
  id: 'f1',
  rule: 'T3.balance',
  severity: 'error',
  outcome: 'fail',
  cells: ['applications.newReceived.total', 'applications.carriedForward.total'],
  expected: 60,
  actual: 57,
  message: '表三 总计列：新收与结转不平衡',
  rulesetVersion: '1',
  reportVersionId: 'rv',
  review: null,
};

function render(format: '2021' | '2019', findings: StoredFinding[] = []) {
  const { report, provenance } = seedLikeReport(format);
  const props = { report, provenance, index: new FindingIndex(findings) };
  return {
    active: renderToStaticMarkup(createElement(ActiveTable, props)),
    applications: renderToStaticMarkup(createElement(ApplicationsTable, props)),
    disputes: renderToStaticMarkup(createElement(DisputesTable, props)),
  };
}

const cellText = (html: string, key: string) => new RegExp(`data-key="${key.replace(/\./g, '\\.')}"[^>]*>([^<]*)<`).exec(html)?.[1];

describe('official tables', () => {
  it('renders table 三 of the 2021 format: 25 rows × 7 cells under the merged applicant headers', () => {
    const { applications } = render('2021');
    expect(applications.match(/data-key="applications\./g)).toHaveLength(175);
    expect(applications).toContain('<th scope="colgroup" colSpan="7">申请人情况</th>');
    expect(applications).toContain('<th scope="colgroup" colSpan="5">法人或其他组织</th>');
    expect(applications).toContain('rowSpan="22"');
    expect(cellText(applications, 'applications.newReceived.total')).toBe('57');
    expect(cellText(applications, 'applications.totalProcessed.total')).toBe('54');
    expect(cellText(applications, 'applications.carriedForward.total')).toBe('3');
  });

  it('renders the 2019 variant with （六）其他处理 as one row', () => {
    const { applications, active } = render('2019');
    expect(applications.match(/data-key="applications\./g)).toHaveLength(23 * 7);
    expect(applications).toContain('rowSpan="20"');
    expect(applications).toContain('data-key="applications.otherHandling.total.total"');
    expect(active).toContain('第二十条第（九）项');
  });

  it('renders table 四 as 行政复议 | 行政诉讼 (未经复议直接起诉 | 复议后起诉) with 15 cells', () => {
    const { disputes } = render('2021');
    expect(disputes).toContain('<th scope="colgroup" colSpan="5" rowSpan="2">行政复议</th>');
    expect(disputes).toContain('<th scope="colgroup" colSpan="10">行政诉讼</th>');
    expect(disputes).toMatch(/未经复议直接起诉[\s\S]*复议后起诉/);
    expect(disputes.match(/data-key="disputes\./g)).toHaveLength(15);
    expect(cellText(disputes, 'disputes.review.upheld')).toBe('1');
  });

  it('renders table 二 amounts with their published digits', () => {
    const { active } = render('2021');
    expect(cellText(active, 'active.licensing')).toBe('2439825');
    expect(cellText(active, 'active.fees')).toBe('9486.7475');
  });

  it('highlights the cells a finding names and lists the finding under its table', () => {
    const { applications, disputes } = render('2021', [balance]);
    expect(applications).toMatch(/class="value kind-number sev-error"[^>]*data-key="applications\.newReceived\.total"/);
    expect(applications).toContain('id="finding-1"');
    expect(applications).toContain('表三 总计列：新收与结转不平衡');
    expect(disputes).not.toContain('finding-1');
  });
});

describe('free-form reports before 2019', () => {
  it('say that there are no standard tables instead of rendering empty ones', () => {
    const report = { ...seedLikeReport().report, formatVersion: 'pre2019' as const };
    const props = { report, provenance: {}, index: new FindingIndex([]) };
    for (const Table of [ActiveTable, ApplicationsTable, DisputesTable]) {
      const html = renderToStaticMarkup(createElement(Table, props));
      expect(html).toContain('没有统一的统计表');
      expect(html).not.toContain('<table');
    }
  });
});
