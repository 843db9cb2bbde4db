import { ACTIVE_2019, ACTIVE_2021, applicationRows, type FormatVersion } from '@nianbao/report';
import { activeLayout, applicationLayout, RESULTS_GROUP } from './table-layouts';

/** Lays the label cells on a grid the way a browser does and returns how many label columns each row fills. */
function labelWidths(format: FormatVersion): number[] {
  const layout = applicationLayout(format);
  const carried = new Array<number>(layout.length).fill(0);
  return layout.map((row, i) => {
    let width = carried[i] ?? 0;
    for (const h of row.headers) {
      const span = h.colSpan ?? 1;
      width += span;
      for (let k = 1; k < (h.rowSpan ?? 1); k++) carried[i + k] = (carried[i + k] ?? 0) + span;
    }
    return width;
  });
}

describe('applicationLayout', () => {
  it.each(['2021', '2019'] as const)('fills exactly three label columns on every row of the %s table', (format) => {
    const widths = labelWidths(format);
    expect(widths).toHaveLength(applicationRows(format).length);
    expect(new Set(widths)).toEqual(new Set([3]));
  });

  it('spans 三、本年度办理结果 over its 22 rows in 2021 and 20 rows in 2019', () => {
    const span = (format: FormatVersion) =>
      applicationLayout(format)
        .flatMap((r) => r.headers)
        .find((h) => h.text === RESULTS_GROUP)?.rowSpan;
    expect(span('2021')).toBe(22);
    expect(span('2019')).toBe(20);
  });

  it('gives each numbered group a cell spanning its items, and 2019 （六） a single two-column row', () => {
    const rows2021 = applicationLayout('2021');
    const groupSpans = Object.fromEntries(rows2021.flatMap((r) => r.headers).filter((h) => h.text.startsWith('（') && h.rowSpan).map((h) => [h.text, h.rowSpan]));
    expect(groupSpans).toEqual({ '（三）不予公开': 8, '（四）无法提供': 3, '（五）不予处理': 5, '（六）其他处理': 3 });
    const other2019 = applicationLayout('2019').find((r) => r.rowKey === 'otherHandling.total');
    expect(other2019?.headers).toEqual([{ text: '（六）其他处理', colSpan: 2 }]);
  });
});

describe('activeLayout', () => {
  it.each([
    ['2021', ACTIVE_2021],
    ['2019', ACTIVE_2019],
  ] as const)('places every %s table 二 key exactly once', (format, defs) => {
    const keys = activeLayout(format).flatMap((b) => b.rows.flatMap((r) => r.keys));
    expect([...keys].sort()).toEqual(defs.map((d) => d.key).sort());
  });

  it('has as many column headings as values in every row', () => {
    for (const format of ['2021', '2019'] as const) {
      for (const block of activeLayout(format)) for (const row of block.rows) expect(row.keys).toHaveLength(block.columns.length);
    }
  });

  it('has no table 二 for free-form reports before 2019', () => {
    expect(activeLayout('pre2019')).toEqual([]);
  });
});
