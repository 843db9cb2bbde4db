import { ACTIVE_2019, ACTIVE_2021, applicationRows, APPLICANT_COLUMNS, disputeCellKeys, type FormatVersion } from '@nianbao/report';
import type { CellSink } from './cell-sink';

const TABLE_NAMES = {
  active: '表二（主动公开政府信息情况）',
  applications: '表三（收到和处理政府信息公开申请情况）',
  disputes: '表四（政府信息公开行政复议、行政诉讼情况）',
} as const;

interface CellGroup {
  table: keyof typeof TABLE_NAMES;
  name: string;
  keys: string[];
}

const GROUPS = new Map<FormatVersion, CellGroup[]>();

function cellGroups(format: FormatVersion): CellGroup[] {
  let groups = GROUPS.get(format);
  if (!groups) {
    groups = buildCellGroups(format);
    GROUPS.set(format, groups);
  }
  return groups;
}

/** Every group of cells that goes missing together: a table 二 row group, a table 三 row, table 四. */
function buildCellGroups(format: FormatVersion): CellGroup[] {
  const activeDefs = format === '2019' ? ACTIVE_2019 : ACTIVE_2021;
  const activeGroups = new Map<string, string[]>();
  for (const d of activeDefs) {
    const group = d.key.split('.').length > 2 ? d.key.split('.').slice(0, 2).join('.') : d.key;
    activeGroups.set(group, [...(activeGroups.get(group) ?? []), d.key]);
  }
  return [
    ...[...activeGroups].map(([group, keys]) => ({ table: 'active' as const, name: `表二「${activeDefs.find((d) => d.key.startsWith(group))?.label.split(' · ').slice(0, 2).join(' · ')}」`, keys })),
    ...applicationRows(format).map((r) => ({
      table: 'applications' as const,
      name: `表三「${r.group ? `${r.group} ` : ''}${r.label}」`,
      keys: APPLICANT_COLUMNS.map((c) => `applications.${r.key}.${c.key}`),
    })),
    { table: 'disputes' as const, name: TABLE_NAMES.disputes, keys: disputeCellKeys() },
  ];
}

/**
 * Names every cell that was not read, so that a missing row or table is never taken as zero: one
 * finding per missing table, else one per missing row. Cells already named by a finding are skipped.
 */
export function reportMissingCells(format: FormatVersion, sink: CellSink): void {
  const named = new Set(sink.findings.flatMap((f) => f.cells));
  const groups = cellGroups(format);
  for (const table of Object.keys(TABLE_NAMES) as (keyof typeof TABLE_NAMES)[]) {
    const ofTable = groups.filter((g) => g.table === table);
    const keys = ofTable.flatMap((g) => g.keys);
    if (keys.every((k) => !sink.has(k))) {
      if (!keys.some((k) => named.has(k))) sink.report('PARSE.missingTable', 'error', keys, `未识别到${TABLE_NAMES[table]}`);
      continue;
    }
    for (const g of ofTable) {
      const missing = g.keys.filter((k) => !sink.has(k) && !named.has(k));
      if (missing.length > 0) sink.report('PARSE.missingRow', 'error', missing, `未识别到${g.name}的数值`);
    }
  }
}
