import type { FormatVersion } from '@nianbao/report';
import type { SplitRow } from './row-cells';

const text = (rows: SplitRow[]): string => rows.map((r) => r.cells.map((c) => c.norm).join('|')).join('\n');

const count = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;

/**
 * The layout from the table headers, never from the year: 2021 table 二 counts 本年制发件数, the 2019
 * trial layout 本年新制作数量; without table 二, table 三's （六） row tells (three sub-rows from 2021).
 */
export function formatFromTables(active: SplitRow[], applications: SplitRow[]): FormatVersion | null {
  const activeText = text(active);
  const marks2021 = count(activeText, /本年制发件数|本年废止件数|现行有效件数|本年收费金额/g);
  const marks2019 = count(activeText, /本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增\/减|采购总金额|政府集中采购/g);
  if (marks2021 + marks2019 > 0) return marks2019 > marks2021 ? '2019' : '2021';
  const applicationsText = text(applications);
  if (/逾期不补正|收费通知/.test(applicationsText)) return '2021';
  if (/其他处理/.test(applicationsText)) return '2019';
  return null;
}
