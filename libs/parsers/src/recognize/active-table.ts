import { activeDefs, isSignedKey, type ActiveDef, type FormatVersion } from '@nianbao/report';
import type { CellSink } from './cell-sink';
import { fitValues, type RowCell, type SplitRow } from './row-cells';

/** Table 二 row labels → the key group they fill, per format; a group's cells follow in column order. */
const ROWS: Record<'2021' | '2019', [RegExp, string][]> = {
  '2021': [
    [/规范性文件/, 'active.normativeDocs'],
    [/规章/, 'active.rules'],
    [/行政许可/, 'active.licensing'],
    [/行政处罚/, 'active.penalty'],
    [/行政强制/, 'active.coercion'],
    [/行政事业性收费/, 'active.fees'],
  ],
  '2019': [
    [/规范性文件/, 'active2019.normativeDocs'],
    [/规章/, 'active2019.rules'],
    [/其他对外管理服务事项/, 'active2019.otherServices'],
    [/行政许可/, 'active2019.licensing'],
    [/行政处罚/, 'active2019.penalty'],
    [/行政强制/, 'active2019.coercion'],
    [/行政事业性收费/, 'active2019.fees'],
    [/政府集中采购/, 'active2019.procurement'],
  ],
};

function defsOf(group: string, format: FormatVersion): ActiveDef[] {
  return activeDefs(format).filter((d) => d.key === group || d.key.startsWith(`${group}.`));
}

/** Table 二 by its row labels (规章, 行政许可 …), each row's values in the format's column order. */
export function readActive(rows: SplitRow[], format: '2021' | '2019', sink: CellSink): void {
  for (const row of rows) {
    // The rightmost cell naming a row is its label; a word written in a value cell names none.
    let at = row.cells.length - 1;
    let match: [RegExp, string] | undefined;
    for (; at >= 0 && !match; at--) {
      const norm = (row.cells[at] as RowCell).norm;
      match = ROWS[format].find(([re]) => re.test(norm));
    }
    if (!match) continue;
    const label = row.cells[at + 1] as RowCell;
    const cells = row.cells.slice(at + 2);
    const defs = defsOf(match[1], format);
    const values = fitValues(cells, defs.length, row.rectangular);
    if (!values) {
      sink.report(
        'PARSE.shortRow',
        'error',
        defs.map((d) => d.key),
        `表二「${label.raw}」行只有 ${cells.length} 个数值单元格，应为 ${defs.length} 个，无法确定各列`,
        label.source,
      );
      continue;
    }
    values.forEach((cell, i) => {
      const def = defs[i] as ActiveDef;
      sink.read(def.key, cell, { amount: def.amount, signed: isSignedKey(def.key), unit: def.unit });
    });
  }
}
