import {
  APPLICANT_COLUMNS,
  DISPUTE_OUTCOMES,
  SECTIONS,
  applicationRows,
  getPath,
  type CanonicalReport,
  type FormatVersion,
  type RowDef,
} from '@nianbao/report';

/** One cell of a table in the official layout, before any output format. */
export interface LayoutCell {
  text: string;
  rowspan?: number;
  colspan?: number;
  header?: boolean;
  /** The canonical key of a value cell (the template's hidden key column names them). */
  key?: string;
}
export type LayoutRow = LayoutCell[];
export interface LayoutTable {
  width: number;
  rows: LayoutRow[];
}

export type LayoutBlock =
  | { type: 'title'; text: string }
  | { type: 'heading'; text: string }
  /** `section` names the prose section a paragraph belongs to (`sections.overview` …). */
  | { type: 'paragraph'; text: string; section: string }
  | { type: 'table'; table: LayoutTable };

export interface LayoutOptions {
  write?: ValueWriter;
  /** Emit an empty paragraph for a prose section without text (a template leaves room to write it). */
  emptyProse?: boolean;
}

/** How a value cell is written: blank for null, the number as its shortest exact decimal otherwise. */
export type ValueWriter = (key: string, value: unknown) => string;
export const plainValue: ValueWriter = (_key, value) => (typeof value === 'number' ? String(value) : '');

const h = (text: string, span: Partial<LayoutCell> = {}): LayoutCell => ({ text, header: true, ...span });

/**
 * The report as the official format prints it (国办公开办函〔2021〕30号, or the 2019 trial format):
 * title, six numbered sections, tables 二, 三 and 四 with their merged headers.
 */
export function reportLayout(report: CanonicalReport, { write = plainValue, emptyProse = false }: LayoutOptions = {}): LayoutBlock[] {
  if (report.formatVersion === 'pre2019') throw new Error('pre-2019 reports have no official table layout to render');
  const v = (key: string): LayoutCell => ({ text: write(key, getPath(report, key)), key });
  const blocks: LayoutBlock[] = [{ type: 'title', text: reportTitle(report) }];
  for (const section of SECTIONS) {
    blocks.push({ type: 'heading', text: `${section.numeral}、${section.label}` });
    if (section.key === 'active') blocks.push({ type: 'table', table: activeTable(report.formatVersion, v) });
    else if (section.key === 'applications') blocks.push({ type: 'table', table: applicationsTable(report.formatVersion, v) });
    else if (section.key === 'disputes') blocks.push({ type: 'table', table: disputesTable(v) });
    else {
      const key = `sections.${section.key}`;
      const paragraphs = (report.sections[section.key] ?? '').split(/\r?\n/).filter((p) => p.trim() !== '');
      for (const p of paragraphs) blocks.push({ type: 'paragraph', text: p.trim(), section: key });
      if (paragraphs.length === 0 && emptyProse) blocks.push({ type: 'paragraph', text: '', section: key });
    }
  }
  return blocks;
}

export function reportTitle(report: CanonicalReport): string {
  if (report.title) return report.title;
  return `${report.agency.name ?? ''}${report.year ?? ''}年政府信息公开工作年度报告`;
}

type Value = (key: string) => LayoutCell;

function activeTable(format: FormatVersion, v: Value): LayoutTable {
  const item = (label: string): LayoutRow => [h(label, { colspan: 4 })];
  if (format === '2019') {
    const trioHead = (a: string, b: string, c: string): LayoutRow => [h('信息内容'), h(a), h(b), h(c)];
    const trio = (label: string, base: string, parts: string[]): LayoutRow => [h(label), ...parts.map((p) => v(`${base}.${p}`))];
    const items = ['prevItems', 'change', 'decisions'];
    return {
      width: 4,
      rows: [
        item('第二十条第（一）项'),
        trioHead('本年新制作数量', '本年新公开数量', '对外公开总数量'),
        trio('规章', 'active2019.rules', ['newMade', 'newPublished', 'totalPublished']),
        trio('规范性文件', 'active2019.normativeDocs', ['newMade', 'newPublished', 'totalPublished']),
        item('第二十条第（五）项'),
        trioHead('上一年项目数量', '本年增/减', '处理决定数量'),
        trio('行政许可', 'active2019.licensing', items),
        trio('其他对外管理服务事项', 'active2019.otherServices', items),
        item('第二十条第（六）项'),
        trioHead('上一年项目数量', '本年增/减', '处理决定数量'),
        trio('行政处罚', 'active2019.penalty', items),
        trio('行政强制', 'active2019.coercion', items),
        item('第二十条第（八）项'),
        [h('信息内容'), h('上一年项目数量'), h('本年增/减', { colspan: 2 })],
        [h('行政事业性收费'), v('active2019.fees.prevItems'), { ...v('active2019.fees.change'), colspan: 2 }],
        item('第二十条第（九）项'),
        [h('信息内容'), h('采购项目数量'), h('采购总金额', { colspan: 2 })],
        [h('政府集中采购'), v('active2019.procurement.projects'), { ...v('active2019.procurement.amount'), colspan: 2 }],
      ],
    };
  }
  const single = (label: string, key: string): LayoutRow => [h(label), { ...v(key), colspan: 3 }];
  return {
    width: 4,
    rows: [
      item('第二十条第（一）项'),
      [h('信息内容'), h('本年制发件数'), h('本年废止件数'), h('现行有效件数')],
      [h('规章'), v('active.rules.issued'), v('active.rules.repealed'), v('active.rules.inForce')],
      [h('行政规范性文件'), v('active.normativeDocs.issued'), v('active.normativeDocs.repealed'), v('active.normativeDocs.inForce')],
      item('第二十条第（五）项'),
      [h('信息内容'), h('本年处理决定数量', { colspan: 3 })],
      single('行政许可', 'active.licensing'),
      item('第二十条第（六）项'),
      [h('信息内容'), h('本年处理决定数量', { colspan: 3 })],
      single('行政处罚', 'active.penalty'),
      single('行政强制', 'active.coercion'),
      item('第二十条第（八）项'),
      [h('信息内容'), h('本年收费金额（单位：万元）', { colspan: 3 })],
      single('行政事业性收费', 'active.fees'),
    ],
  };
}

const OUTCOME_GROUP = '三、本年度办理结果';

/** Table 三: three label columns, then the seven applicant columns. */
function applicationsTable(format: FormatVersion, v: Value): LayoutTable {
  const rows: LayoutRow[] = [
    [h('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { colspan: 3, rowspan: 3 }), h('申请人情况', { colspan: 7 })],
    [h('自然人', { rowspan: 2 }), h('法人或其他组织', { colspan: 5 }), h('总计', { rowspan: 2 })],
    APPLICANT_COLUMNS.slice(1, 6).map((c) => h(c.label)),
  ];
  const defs = applicationRows(format);
  const outcomeRows = defs.filter((d) => d.group === OUTCOME_GROUP || (d.group !== undefined && d.group.startsWith('（')));
  const values = (def: RowDef): LayoutCell[] => APPLICANT_COLUMNS.map((c) => v(`applications.${def.key}.${c.key}`));
  let outcomeOpened = false;
  const openedSubgroups = new Set<string>();
  for (const def of defs) {
    const labels: LayoutCell[] = [];
    if (!outcomeRows.includes(def)) {
      labels.push(h(def.label, { colspan: 3 }));
    } else {
      if (!outcomeOpened) labels.push(h(OUTCOME_GROUP, { rowspan: outcomeRows.length }));
      outcomeOpened = true;
      if (def.group === OUTCOME_GROUP) {
        labels.push(h(def.label, { colspan: 2 }));
      } else {
        const group = def.group as string;
        if (!openedSubgroups.has(group)) labels.push(h(group, { rowspan: defs.filter((d) => d.group === group).length }));
        openedSubgroups.add(group);
        labels.push(h(def.label));
      }
    }
    rows.push([...labels, ...values(def)]);
  }
  return { width: 10, rows };
}

function disputesTable(v: Value): LayoutTable {
  const outcomeHeads = (): LayoutCell[] => DISPUTE_OUTCOMES.map((o) => h(o.label));
  return {
    width: 15,
    rows: [
      [h('行政复议', { colspan: 5 }), h('行政诉讼', { colspan: 10 })],
      [...DISPUTE_OUTCOMES.map((o) => h(o.label, { rowspan: 2 })), h('未经复议直接起诉', { colspan: 5 }), h('复议后起诉', { colspan: 5 })],
      [...outcomeHeads(), ...outcomeHeads()],
      (['review', 'litigationDirect', 'litigationAfterReview'] as const).flatMap((g) => DISPUTE_OUTCOMES.map((o) => v(`disputes.${g}.${o.key}`))),
    ],
  };
}

/**
 * The table with merges expanded into a full grid (the document model's convention): every
 * position names the cell whose text it shows and its offset from that cell's top-left.
 */
export interface GridPosition {
  cell: LayoutCell;
  /** Offset from the master's top-left position: both 0 at the master itself. */
  dr: number;
  dc: number;
}

export function expandTable(table: LayoutTable): GridPosition[][] {
  const grid: (GridPosition | undefined)[][] = table.rows.map(() => new Array(table.width));
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]?.[c]) c++;
      for (let dr = 0; dr < (cell.rowspan ?? 1); dr++) {
        for (let dc = 0; dc < (cell.colspan ?? 1); dc++) {
          const target = grid[r + dr];
          if (!target) throw new Error(`layout: row span past the table at row ${r}`);
          target[c + dc] = { cell, dr, dc };
        }
      }
      c += cell.colspan ?? 1;
    }
  });
  return grid.map((row, r) =>
    Array.from({ length: table.width }, (_, c) => {
      const pos = row[c];
      if (!pos) throw new Error(`layout: hole at row ${r}, column ${c}`);
      return pos;
    }),
  );
}
