import { applicationRows, type FormatVersion } from '@nianbao/report';

/** A header cell of a body row: the label cells left of the values, with the spans the official table prints. */
export interface RowHeader {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface ApplicationRowLayout {
  rowKey: string;
  headers: RowHeader[];
}

export const RESULTS_GROUP = '三、本年度办理结果';
/** The note the official table prints in its top-left header cell. */
export const TABLE3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/**
 * The label columns of table 三 as published: three label columns, 三、本年度办理结果 spanning all of its
 * rows, each （三）…（六） group spanning its numbered items, and rows without sub-items spanning two columns.
 */
export function applicationLayout(format: FormatVersion): ApplicationRowLayout[] {
  const rows = applicationRows(format);
  const inResults = rows.filter((r) => r.group !== undefined);
  const groupSize = new Map<string, number>();
  for (const r of inResults) if (r.group !== RESULTS_GROUP) groupSize.set(r.group!, (groupSize.get(r.group!) ?? 0) + 1);

  const seen = new Set<string>();
  return rows.map((r) => {
    const headers: RowHeader[] = [];
    if (r.group === undefined) {
      headers.push({ text: r.label, colSpan: 3 });
      return { rowKey: r.key, headers };
    }
    if (!seen.has(RESULTS_GROUP)) {
      seen.add(RESULTS_GROUP);
      headers.push({ text: RESULTS_GROUP, rowSpan: inResults.length });
    }
    if (r.group === RESULTS_GROUP) {
      headers.push({ text: r.label, colSpan: 2 });
    } else {
      if (!seen.has(r.group)) {
        seen.add(r.group);
        headers.push({ text: r.group, rowSpan: groupSize.get(r.group) });
      }
      headers.push({ text: r.label });
    }
    return { rowKey: r.key, headers };
  });
}

/** One block of table 二: a 第二十条 item heading, its column headings, and rows of cell keys. */
export interface ActiveBlock {
  item: string;
  columns: string[];
  rows: { label: string; keys: string[] }[];
}

/** Value columns of table 二 (the widest block); narrower blocks stretch their last cell. */
export const ACTIVE_VALUE_COLUMNS = 3;

const ITEM_COLUMNS_2019 = ['上一年项目数量', '本年增/减', '处理决定数量'];
const itemKeys2019 = (base: string) => [`${base}.prevItems`, `${base}.change`, `${base}.decisions`];

const ACTIVE_LAYOUT_2021: ActiveBlock[] = [
  {
    item: '第二十条第（一）项',
    columns: ['本年制发件数', '本年废止件数', '现行有效件数'],
    rows: [
      { label: '规章', keys: ['active.rules.issued', 'active.rules.repealed', 'active.rules.inForce'] },
      {
        label: '行政规范性文件',
        keys: ['active.normativeDocs.issued', 'active.normativeDocs.repealed', 'active.normativeDocs.inForce'],
      },
    ],
  },
  { item: '第二十条第（五）项', columns: ['本年处理决定数量'], rows: [{ label: '行政许可', keys: ['active.licensing'] }] },
  {
    item: '第二十条第（六）项',
    columns: ['本年处理决定数量'],
    rows: [
      { label: '行政处罚', keys: ['active.penalty'] },
      { label: '行政强制', keys: ['active.coercion'] },
    ],
  },
  {
    item: '第二十条第（八）项',
    columns: ['本年收费金额（单位：万元）'],
    rows: [{ label: '行政事业性收费', keys: ['active.fees'] }],
  },
];

const ACTIVE_LAYOUT_2019: ActiveBlock[] = [
  {
    item: '第二十条第（一）项',
    columns: ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
    rows: [
      {
        label: '规章',
        keys: ['active2019.rules.newMade', 'active2019.rules.newPublished', 'active2019.rules.totalPublished'],
      },
      {
        label: '规范性文件',
        keys: [
          'active2019.normativeDocs.newMade',
          'active2019.normativeDocs.newPublished',
          'active2019.normativeDocs.totalPublished',
        ],
      },
    ],
  },
  {
    item: '第二十条第（五）项',
    columns: ITEM_COLUMNS_2019,
    rows: [
      { label: '行政许可', keys: itemKeys2019('active2019.licensing') },
      { label: '其他对外管理服务事项', keys: itemKeys2019('active2019.otherServices') },
    ],
  },
  {
    item: '第二十条第（六）项',
    columns: ITEM_COLUMNS_2019,
    rows: [
      { label: '行政处罚', keys: itemKeys2019('active2019.penalty') },
      { label: '行政强制', keys: itemKeys2019('active2019.coercion') },
    ],
  },
  {
    item: '第二十条第（八）项',
    columns: ITEM_COLUMNS_2019.slice(0, 2),
    rows: [{ label: '行政事业性收费', keys: ['active2019.fees.prevItems', 'active2019.fees.change'] }],
  },
  {
    item: '第二十条第（九）项',
    columns: ['采购项目数量', '采购总金额'],
    rows: [{ label: '政府集中采购', keys: ['active2019.procurement.projects', 'active2019.procurement.amount'] }],
  },
];

export function activeLayout(format: FormatVersion): ActiveBlock[] {
  if (format === 'pre2019') return [];
  return format === '2019' ? ACTIVE_LAYOUT_2019 : ACTIVE_LAYOUT_2021;
}
