import type { Grid } from '../document/document-model';
import { normalizeLabel } from '../normalize/text';

export type TableKind = 'active' | 'applications' | 'disputes';

// Enough of a table to recognise it; the telling labels sit in its first rows and columns.
const SAMPLE_CHARS = 4000;

/** Which of tables 二, 三, 四 a grid is, by the labels it carries; null when none says so. */
export function classifyTable(grid: Grid): TableKind | null {
  let sample = '';
  for (const row of grid) {
    for (const cell of row) {
      if (!cell.merged) sample += `${normalizeLabel(cell.text)}|`;
    }
    if (sample.length > SAMPLE_CHARS) break;
  }
  if (/本年新收|上年结转|申请人情况|结转下年/.test(sample)) return 'applications';
  if (/行政复议/.test(sample) && /行政诉讼|直接起诉|复议后起诉/.test(sample)) return 'disputes';
  if (/第二十条|本年制发件数|本年新制作数量|行政许可|行政处罚|行政事业性收费|规范性文件/.test(sample)) return 'active';
  return null;
}
