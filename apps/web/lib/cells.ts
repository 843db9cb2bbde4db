import { cellLabel, cellValue, SECTIONS, type CanonicalReport, type CellKind, type CellProvenance, type Severity, type SourceLocation } from '@nianbao/report';
import type { StoredFinding } from '@nianbao/api-contract';

export const KIND_LABELS: Record<CellKind, string> = {
  number: '数字',
  zero: '零',
  blank: '空白',
  na: '不适用',
  text: '无法识别的文字',
};

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export function worstSeverity(findings: readonly { severity: Severity }[]): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings) if (!worst || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}

const LISTED_CELLS = 3;

/** The Chinese name of a key a finding names: a table cell, or a prose section (sections.overview → 一、总体情况). */
export function keyLabel(key: string): string {
  if (key.startsWith('sections.')) {
    const s = SECTIONS.find((x) => x.key === key.slice('sections.'.length));
    if (s) return `${s.numeral}、${s.label}`;
  }
  return cellLabel(key);
}

/** The cells a finding names, shortened when a rule names a whole row or column; the full list is on hover. */
export function summarizeCells(cells: readonly string[]): string {
  const shown = cells.slice(0, LISTED_CELLS).map(keyLabel).join('；');
  return cells.length > LISTED_CELLS ? `${shown} 等 ${cells.length} 格` : shown;
}

export function describeSource(source: SourceLocation): string {
  switch (source.type) {
    case 'line':
      return `第 ${source.line} 行`;
    case 'table':
      return `${source.sheet ? `工作表“${source.sheet}” ` : ''}第 ${source.table + 1} 个表格 第 ${source.row + 1} 行 第 ${source.cell + 1} 格`;
    case 'page':
      return `第 ${source.page} 页${source.line !== undefined ? ` 第 ${source.line} 行` : ''}`;
    case 'structured':
      return '结构化数据';
  }
}

/** What one table cell shows, and what its hover title says. */
export interface CellDisplay {
  key: string;
  /** The text printed in the cell: the number, or what the document wrote when it is not a number. */
  text: string;
  kind: CellKind | null;
  title: string;
  severity: Severity | null;
  /**
   * 1-based numbers of the findings this cell carries the mark of. A finding tints every cell it names but
   * is marked only on its last one (the total a rule checks is listed after its parts), so a row-total
   * finding does not put seven marks on one row.
   */
  findingNumbers: number[];
}

/**
 * The text of a cell: blank and n/a cells are shown as written, never as 0; a number is shown as the
 * canonical value (so "５７" and "2,439,825" read as 57 and 2439825).
 */
function cellText(value: number | null, prov: CellProvenance | undefined): string {
  if (prov && (prov.kind === 'blank' || prov.kind === 'na' || prov.kind === 'text')) {
    return prov.kind === 'blank' ? '' : prov.raw.trim();
  }
  // String() of a parsed decimal prints its shortest round-trip form, i.e. the digits as published (9486.7475).
  return value === null ? '' : String(value);
}

/** Indexes findings by the cells they name; numbers follow the order of `findings`. */
export class FindingIndex {
  private readonly byCell = new Map<string, { n: number; finding: StoredFinding }[]>();

  constructor(readonly findings: readonly StoredFinding[]) {
    findings.forEach((finding, i) => {
      for (const cell of finding.cells) {
        const list = this.byCell.get(cell) ?? [];
        list.push({ n: i + 1, finding });
        this.byCell.set(cell, list);
      }
    });
  }

  forCell(key: string): { n: number; finding: StoredFinding }[] {
    return this.byCell.get(key) ?? [];
  }

  /** Findings (with their numbers) naming at least one cell that starts with one of the prefixes. */
  touching(prefixes: readonly string[]): { n: number; finding: StoredFinding }[] {
    return this.findings
      .map((finding, i) => ({ n: i + 1, finding }))
      .filter(({ finding }) => finding.cells.some((c) => prefixes.some((p) => c.startsWith(p))));
  }

  /** Findings that name none of the given prefixes (e.g. no table cell: sections, year, document structure). */
  naming(none: readonly string[]): { n: number; finding: StoredFinding }[] {
    return this.findings
      .map((finding, i) => ({ n: i + 1, finding }))
      .filter(({ finding }) => !finding.cells.some((c) => none.some((p) => c.startsWith(p))));
  }
}

export function displayCell(
  report: CanonicalReport,
  provenance: Record<string, CellProvenance>,
  index: FindingIndex,
  key: string,
): CellDisplay {
  const value = cellValue(report, key);
  const prov = provenance[key];
  const hits = index.forCell(key);
  const lines = [cellLabel(key), `键：${key}`];
  if (prov) {
    lines.push(`原文：“${prov.raw}”（${KIND_LABELS[prov.kind]}）`, `来源：${describeSource(prov.source)}`);
  } else {
    lines.push('原文：无（文档中未找到此格）');
  }
  for (const { n, finding } of hits) lines.push(`[${n}] ${finding.message}`);
  return {
    key,
    text: cellText(value, prov),
    kind: prov?.kind ?? null,
    title: lines.join('\n'),
    severity: worstSeverity(hits.map((h) => h.finding)),
    findingNumbers: hits.filter((h) => h.finding.cells[h.finding.cells.length - 1] === key).map((h) => h.n),
  };
}
