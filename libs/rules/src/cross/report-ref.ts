import type { CanonicalReport, CellProvenance } from '@nianbao/report';
import { CellReader } from '../engine/cell-reader';

/** A report as cross-report rules take it: with the identifier the findings name it by. */
export interface ReportRef {
  /** The caller's identifier of this report (e.g. a report version id). */
  ref: string;
  report: CanonicalReport;
  provenance?: Record<string, CellProvenance>;
}

export const readerOf = (r: ReportRef): CellReader => new CellReader(r.report, r.provenance);
