import type { CellProvenance, ParseFinding, Severity, SourceLocation } from '@nianbao/report';
import { readCell, type CellExpectation } from '../normalize/cell-value';
import type { RowCell } from './row-cells';

/** Collects what recognition reads: one value and one provenance per cell key, and the parse findings. */
export class CellSink {
  readonly values = new Map<string, number | null>();
  readonly provenance: Record<string, CellProvenance> = {};
  readonly findings: ParseFinding[] = [];
  private readonly duplicates = new Set<string>();

  has(key: string): boolean {
    return this.values.has(key);
  }

  /** Reads a cell into `key`; a key read twice keeps its first reading (a repeated row is reported). */
  read(key: string, cell: RowCell, exp: CellExpectation): void {
    if (this.values.has(key)) {
      // Once per cell: a page repeating a row thousands of times must not flood the findings.
      if (!this.duplicates.has(key)) {
        this.duplicates.add(key);
        this.report('PARSE.duplicateCell', 'warning', [key], `单元格 ${key} 在表格中出现多次，采用第一次出现的值`, cell.source);
      }
      return;
    }
    if (cell.missing !== undefined) {
      // The container stands in for a cell the source lost: blank, and said so on the cell.
      this.values.set(key, null);
      this.provenance[key] = { kind: 'blank', raw: cell.raw, source: cell.source };
      this.report('PARSE.missingCell', 'warning', [key], cell.missing, cell.source);
      return;
    }
    const reading = readCell(cell.raw, exp);
    this.values.set(key, reading.value);
    this.provenance[key] = { kind: reading.kind, raw: cell.raw, source: cell.source };
    if (reading.issue) this.report(reading.issue.rule, reading.issue.severity, [key], reading.issue.message, cell.source);
  }

  report(rule: string, severity: Severity, cells: string[], message: string, source?: SourceLocation): void {
    this.findings.push(source ? { rule, severity, cells, message, source } : { rule, severity, cells, message });
  }
}
