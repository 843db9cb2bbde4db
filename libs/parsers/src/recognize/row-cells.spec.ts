import type { GridCell } from '../document/document-model';
import { distinctCells, fitValues } from './row-cells';

const source = { type: 'line' as const, line: 1 };
const cells = (...texts: string[]): GridCell[] => texts.map((text) => ({ text, source }));

describe('distinctCells', () => {
  it('lists a colspan cell once', () => {
    const tableSource = { type: 'table' as const, table: 1, row: 1, cell: 2 };
    const row: GridCell[] = [{ text: '行政许可', source }, { text: '12', source: tableSource }, { text: '12', source: tableSource, merged: true }];
    expect(distinctCells(row).map((c) => c.raw)).toEqual(['行政许可', '12']);
  });

  it('splits figures run into a label cell off into their own cells', () => {
    expect(distinctCells(cells('行政许可 97', '')).map((c) => c.raw)).toEqual(['行政许可', '97', '']);
    expect(distinctCells(cells('规章 0 0 3')).map((c) => c.raw)).toEqual(['规章', '0', '0', '3']);
    expect(distinctCells(cells('行政事业性收费 2，439.5')).map((c) => c.raw)).toEqual(['行政事业性收费', '2，439.5']);
    expect(distinctCells(cells('政府集中采购 6 251000元')).map((c) => c.raw)).toEqual(['政府集中采购', '6', '251000元']);
  });

  it('leaves labels that merely contain digits alone', () => {
    expect(distinctCells(cells('2.其他法律行政法规禁止公开', '第二十条第（一）项', '结转下年度 (含 3 件)', '其中修订 16 件')).map((c) => c.raw)).toEqual([
      '2.其他法律行政法规禁止公开',
      '第二十条第（一）项',
      '结转下年度 (含 3 件)',
      '其中修订 16 件',
    ]);
  });
});

describe('fitValues', () => {
  const vals = (...texts: string[]) => distinctCells(cells(...texts));

  it('drops stray blanks from flattened text, trailing first', () => {
    expect(fitValues(vals('', '1', '2', ''), 2, false)?.map((c) => c.raw)).toEqual(['1', '2']);
    expect(fitValues(vals('1', '2', ''), 2, false)?.map((c) => c.raw)).toEqual(['1', '2']);
  });

  it('keeps trailing blanks of a rectangular grid as real columns', () => {
    expect(fitValues(vals('', '1', ''), 2, true)?.map((c) => c.raw)).toEqual(['1', '']);
  });

  it('refuses to guess when a row is short', () => {
    expect(fitValues(vals('1'), 2, true)).toBeNull();
  });
});
