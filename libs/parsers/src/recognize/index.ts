import {
  emptyReport,
  numericCellKeys,
  SECTIONS,
  type FormatVersion,
  type ParseResult,
  type ProseSectionKey,
  type SectionKey,
} from '@nianbao/report';
import type { DocumentModel, Grid } from '../document/document-model';
import { readActive } from './active-table';
import { readApplications } from './applications-table';
import { CellSink } from './cell-sink';
import { classifyTable, type TableKind } from './classify-table';
import { readDisputes } from './disputes-table';
import { normalizeLabel } from '../normalize/text';
import { findEnvelope } from './envelope';
import { formatFromTables } from './format-version';
import { reportMissingCells } from './missing-cells';
import { isRectangular, splitRow, type SplitRow } from './row-cells';
import { sectionHeading, sectionOrder, startsLostProblemsSection } from './sections';

export type Recognition = { ok: true; result: ParseResult } | { ok: false; reason: string };

interface Layout {
  texts: string[];
  seen: Partial<Record<SectionKey, boolean>>;
  prose: Record<ProseSectionKey, string[]>;
  tables: Record<TableKind, SplitRow[]>;
  /** The line from which section 五 was taken when its heading is missing. */
  inferredProblems?: string;
}

const MIN_CONTENTS_ENTRIES = 4;

const isProse = (key: SectionKey | null): key is ProseSectionKey => key === 'overview' || key === 'problems' || key === 'other';
const isTable = (key: SectionKey | null): key is TableKind => key === 'active' || key === 'applications' || key === 'disputes';

const CELL_PATHS = new Map<FormatVersion, readonly { key: string; parts: readonly string[] }[]>();

/** The numeric cell keys of a format with their path parts, computed once: every recognition fills all. */
function cellPaths(format: FormatVersion): readonly { key: string; parts: readonly string[] }[] {
  let paths = CELL_PATHS.get(format);
  if (!paths) {
    paths = numericCellKeys(format).map((key) => ({ key, parts: key.split('.') }));
    CELL_PATHS.set(format, paths);
  }
  return paths;
}

/** Writes every cell of the format into the report's nested groups (as setPath would, without re-splitting keys). */
function placeCells(tree: Record<string, unknown>, format: FormatVersion, values: ReadonlyMap<string, number | null>): void {
  for (const { key, parts } of cellPaths(format)) {
    let node = tree;
    for (let i = 0; i < parts.length - 1; i++) {
      const part = parts[i] as string;
      node = (node[part] ??= {}) as Record<string, unknown>;
    }
    node[parts[parts.length - 1] as string] = values.get(key) ?? null;
  }
}

// Fewer figures than a row of table 三 or 四 carries: a line of prose with a number or two stays prose.
const MIN_TEXT_ROW_FIGURES = 3;

/**
 * A table row that reached the document as a line of text: a PDF page break cuts a table and the
 * first row on the next page loses its top border, so the lattice reads it as a line ("8．属于行政查询事项
 * 121 122 … 741"). Inside a table's section, a line of one label then figures is read as that row.
 */
function textRow(block: Extract<DocumentModel['blocks'][number], { type: 'text' }>): SplitRow | null {
  const row = splitRow([{ text: block.text, source: block.source }], false);
  const label = row.labels[0];
  if (row.labels.length !== 1 || !label || /[。；;]/.test(label.raw)) return null;
  return row.values.filter((v) => v.norm !== '').length >= MIN_TEXT_ROW_FIGURES ? row : null;
}

const REMARKS = /^(?:备注|说明)$/;

/**
 * A table's last column headed 备注 or 说明 holds remarks ("含撤回1件"), no figures: read with the
 * rest, a remark would be taken for the row's last figure and every value shifted by one column.
 */
function withoutRemarksColumn(grid: Grid): Grid {
  const last = (grid[0]?.length ?? 0) - 1;
  if (last < 1 || !grid.some((row) => REMARKS.test(normalizeLabel(row[last]?.text ?? '')))) return grid;
  return grid.map((row) => row.slice(0, last));
}

/** Every written cell's text once (merged positions repeat their master's). */
function distinctTexts(grid: Grid): string[] {
  return grid.flatMap((row) => row.filter((c) => !c.merged && c.text !== '').map((c) => c.text));
}

/** One pass over the blocks: section headings, the prose under 一/五/六, and the rows of tables 二/三/四. */
function layoutOf(doc: DocumentModel): Layout {
  const layout: Layout = { texts: [], seen: {}, prose: { overview: [], problems: [], other: [] }, tables: { active: [], applications: [], disputes: [] } };
  let section: SectionKey | null = null;
  let lastOrder = -1;
  // Headings read in a row since the last content, from 一 on: four or more with nothing between are a
  // table of contents, and the body's own headings come after it.
  let headingRun = 0;
  const endRun = (): void => {
    if (headingRun >= MIN_CONTENTS_ENTRIES) {
      section = null;
      lastOrder = -1;
      layout.seen = {};
    }
    headingRun = 0;
  };
  for (const block of doc.blocks) {
    if (block.type === 'text') {
      const heading = sectionHeading(block.text);
      // Headings come in order; a later "一、…" line is prose, not a new section 一.
      if (heading && heading.order > lastOrder) {
        section = heading.key;
        lastOrder = heading.order;
        layout.seen[heading.key] = true;
        headingRun = heading.key === 'overview' || headingRun > 0 ? headingRun + 1 : 0;
        continue;
      }
      endRun();
      if (section === 'disputes' && !layout.seen.problems && startsLostProblemsSection(block.text)) {
        section = 'problems';
        lastOrder = sectionOrder('problems');
        layout.seen.problems = true;
        layout.inferredProblems = block.text;
      }
      if (isTable(section)) {
        const row = textRow(block);
        if (row) {
          layout.tables[section].push(row);
          continue;
        }
      }
      if (section === null) layout.texts.push(block.text);
      else if (isProse(section)) layout.prose[section].push(block.text);
      continue;
    }
    endRun();
    const kind = classifyTable(block.grid) ?? (isTable(section) ? section : null);
    // A page's metadata table (名称： | 某局2024年…年度报告, 发布机构 …) may be the only place naming the report.
    if (!kind && section === null) layout.texts.push(...distinctTexts(block.grid));
    if (!kind) continue;
    const rectangular = isRectangular(block.grid);
    const grid = rectangular ? withoutRemarksColumn(block.grid) : block.grid;
    for (const row of grid) layout.tables[kind].push(splitRow(row, rectangular));
  }
  return layout;
}

function chooseFormat(layout: Layout, year: number | null, sink: CellSink): FormatVersion {
  const fromTables = formatFromTables(layout.tables.active, layout.tables.applications);
  if (fromTables) return fromTables;
  // Before 2019 statistics were free-form (受理/答复 tables of the agency's own making): no official header, no official tables.
  if (year !== null && year < 2019) return 'pre2019';
  const guess: FormatVersion = year !== null && year < 2021 ? '2019' : '2021';
  sink.report('PARSE.formatVersion', 'warning', [], `未能从表头识别年报格式，按报告年度推定为 ${guess} 年格式`);
  return guess;
}

/**
 * Finds the envelope (agency, year, format), the six sections and tables 二, 三 and 四 in a document,
 * by their labels, and reads every cell with its kind and provenance.
 */
export function recognizeReport(doc: DocumentModel): Recognition {
  const layout = layoutOf(doc);
  const envelope = findEnvelope(layout.texts);
  const anyRows = Object.values(layout.tables).some((rows) => rows.length > 0);
  if (!envelope && !anyRows) {
    return { ok: false, reason: '未找到政府信息公开工作年度报告的标题，也未找到统计表格：不是年度报告' };
  }
  // A notice that names a report in its title ("关于报送…年度报告的通知") has neither tables nor sections.
  if (!anyRows && Object.keys(layout.seen).length === 0) {
    return { ok: false, reason: '只有年度报告标题，没有统计表格和报告章节：不是年度报告正文' };
  }

  const sink = new CellSink();
  const year = envelope?.year ?? null;
  if (year === null) sink.report('PARSE.year', 'error', ['year'], '未能从标题识别报告年度');
  if (!envelope?.agencyName) sink.report('PARSE.agency', 'error', ['agency.name'], '未能从标题识别报告机关名称');

  if (layout.inferredProblems) {
    sink.report('PARSE.sectionHeading', 'warning', ['sections.problems'], `未找到“五、存在的主要问题及改进情况”标题，自「${layout.inferredProblems}」起按内容视为第五部分`);
  }
  const format = chooseFormat(layout, year, sink);
  if (format !== 'pre2019') {
    readActive(layout.tables.active, format, sink);
    readApplications(layout.tables.applications, format, sink);
    readDisputes(layout.tables.disputes, sink);
    reportMissingCells(format, sink);
  }

  const report = emptyReport(format);
  report.agency.name = envelope?.agencyName ?? null;
  report.year = year;
  report.title = envelope?.title ?? null;
  for (const key of ['overview', 'problems', 'other'] as const) {
    report.sections[key] = layout.prose[key].length > 0 ? layout.prose[key].join('\n') : null;
  }
  report.outline = Object.fromEntries(SECTIONS.map((s) => [s.key, layout.seen[s.key] === true]));
  placeCells(report as unknown as Record<string, unknown>, format, sink.values);

  return { ok: true, result: { report, provenance: sink.provenance, findings: sink.findings } };
}
