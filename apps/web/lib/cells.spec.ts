import type { StoredFinding } from '@nianbao/api-contract';
import { setPath } from '@nianbao/report';
import { seedLikeReport } from '../test/seed-report';
import { describeSource, displayCell, FindingIndex, summarizeCells, worstSeverity } from './cells';

const finding = (id: string, severity: StoredFinding['severity'], cells: string[]): StoredFinding => ({
  id,
  rule: 'T3.balance',
  severity,
  outcome: 'fail',
  cells,
  expected: 1,
  actual: 2,
  message: `问题${id}`,
  rulesetVersion: '1',
  reportVersionId: 'rv',
  review: null,
});

describe('displayCell', () => {
  const { report, provenance } = seedLikeReport();
  const none = new FindingIndex([]);

  it('shows numbers as their canonical value, decimals with their published digits', () => {
    expect(displayCell(report, provenance, none, 'applications.newReceived.total').text).toBe('57');
    expect(displayCell(report, provenance, none, 'active.fees').text).toBe('9486.7475');
    expect(displayCell(report, provenance, none, 'applications.granted.commercial').text).toBe('0');
  });

  it('shows blank, n/a and unreadable cells as written, never as 0', () => {
    const r = structuredClone(report);
    const p = { ...provenance };
    for (const [key, kind, raw] of [
      ['applications.carriedOver.commercial', 'na', ' / '],
      ['applications.granted.research', 'blank', '&nbsp;'],
      ['applications.granted.socialWelfare', 'text', '251000元'],
    ] as const) {
      setPath(r as unknown as Record<string, unknown>, key, null);
      p[key] = { kind, raw, source: { type: 'table', table: 2, row: 4, cell: 3 } };
    }
    expect(displayCell(r, p, none, 'applications.carriedOver.commercial')).toMatchObject({ text: '/', kind: 'na' });
    expect(displayCell(r, p, none, 'applications.granted.research')).toMatchObject({ text: '', kind: 'blank' });
    expect(displayCell(r, p, none, 'applications.granted.socialWelfare')).toMatchObject({ text: '251000元', kind: 'text' });
  });

  it('puts the label, raw text, kind and source in the hover title', () => {
    const title = displayCell(report, provenance, none, 'applications.newReceived.total').title;
    expect(title).toContain('表三 总计 · 本年新收');
    expect(title).toContain('原文：“57”（数字）');
    expect(title).toContain('来源：第 40 行');
  });

  it('marks a cell absent from the document as missing, with an empty text', () => {
    const cell = displayCell(report, provenance, none, 'active.penalty');
    expect(cell).toMatchObject({ text: '', kind: null });
    expect(cell.title).toContain('文档中未找到此格');
  });

  it('numbers the findings on a cell and takes the worst severity', () => {
    const index = new FindingIndex([
      finding('a', 'warning', ['applications.newReceived.total']),
      finding('b', 'info', ['disputes.review.total']),
      finding('c', 'error', ['applications.newReceived.total', 'applications.carriedForward.total']),
    ]);
    const cell = displayCell(report, provenance, index, 'applications.newReceived.total');
    // Both findings tint it; only finding 1 ends on it, so only 1 puts its mark here.
    expect(cell.findingNumbers).toEqual([1]);
    expect(displayCell(report, provenance, index, 'applications.carriedForward.total').findingNumbers).toEqual([3]);
    expect(cell.severity).toBe('error');
    expect(cell.title).toContain('[3] 问题c');
    expect(displayCell(report, provenance, index, 'applications.granted.total').severity).toBeNull();
  });
});

describe('FindingIndex', () => {
  it('splits findings by the keys they name, keeping their numbers', () => {
    const index = new FindingIndex([
      finding('a', 'error', ['disputes.review.total']),
      finding('b', 'warning', []),
      finding('c', 'error', ['applications.granted.total', 'sections.overview']),
      finding('d', 'warning', ['sections.problems']),
    ]);
    expect(index.touching(['disputes.']).map((x) => x.n)).toEqual([1]);
    expect(index.touching(['applications.']).map((x) => x.n)).toEqual([3]);
    // A prose finding that also names a table cell is listed with the table, not again under the prose.
    const tables = ['applications.', 'disputes.'];
    expect(index.naming(tables).filter(({ finding: f }) => f.cells.includes('sections.problems')).map((x) => x.n)).toEqual([4]);
    expect(index.naming([...tables, 'sections.']).map((x) => x.n)).toEqual([2]);
  });
});

describe('helpers', () => {
  it('ranks severities', () => {
    expect(worstSeverity([])).toBeNull();
    expect(worstSeverity([{ severity: 'info' }, { severity: 'warning' }])).toBe('warning');
  });

  it('describes each kind of source location in Chinese, 1-based', () => {
    expect(describeSource({ type: 'table', table: 0, row: 2, cell: 5, sheet: '表三' })).toBe('工作表“表三” 第 1 个表格 第 3 行 第 6 格');
    expect(describeSource({ type: 'page', page: 4, line: 12 })).toBe('第 4 页 第 12 行');
    expect(describeSource({ type: 'structured' })).toBe('结构化数据');
  });
});

describe('summarizeCells', () => {
  it('names prose sections by their heading', () => {
    expect(summarizeCells(['sections.overview', 'applications.newReceived.total'])).toBe('一、总体情况；表三 总计 · 本年新收');
  });

  it('lists up to three cells and counts the rest', () => {
    expect(summarizeCells(['disputes.review.total'])).toBe('表四 行政复议 · 总计');
    const row = ['naturalPerson', 'commercial', 'research', 'total'].map((c) => `applications.granted.${c}`);
    expect(summarizeCells(row)).toBe('表三 自然人 · 予以公开；表三 商业企业 · 予以公开；表三 科研机构 · 予以公开 等 4 格');
  });
});
