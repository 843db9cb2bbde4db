import type { FormatVersion, ProseSectionKey, SectionKey } from './keys';

/** What a cell of a published table holds (spec "Values: what a cell holds"). */
export type CellKind = 'number' | 'zero' | 'blank' | 'na' | 'text';

/** Where in the source document a cell or a heading was read. */
export type SourceLocation =
  | { type: 'line'; line: number }
  | { type: 'table'; table: number; row: number; cell: number; sheet?: string; /** PDF: the page the row was printed on. */ page?: number }
  | { type: 'page'; page: number; line?: number }
  | { type: 'structured' };

export interface CellProvenance {
  kind: CellKind;
  /** The text as written, before normalisation. */
  raw: string;
  source: SourceLocation;
}

export type CellValue = number | null;
export type ApplicantRow = Record<string, CellValue>;

/**
 * The canonical report with plain values. Nesting follows the dotted keys exactly, so
 * `applications.withheld.stateSecret.naturalPerson` is `report.applications.withheld.stateSecret.naturalPerson`.
 * Numeric groups absent from the format (e.g. `active` in a 2019 report) are omitted.
 */
export interface CanonicalReport {
  agency: { name: string | null };
  year: number | null;
  formatVersion: FormatVersion;
  title?: string | null;
  sections: Record<ProseSectionKey, string | null>;
  /** Which of the six numbered sections the document shows (DOC.sections reads it). */
  outline?: Partial<Record<SectionKey, boolean>>;
  active?: Record<string, unknown>;
  active2019?: Record<string, unknown>;
  applications?: Record<string, unknown>;
  disputes?: Record<string, unknown>;
}

export type Severity = 'error' | 'warning' | 'info';
export type Outcome = 'fail' | 'not_assessable';

/** A parse finding: the document said something the parser could not take as written. */
export interface ParseFinding {
  rule: string;
  severity: Severity;
  cells: string[];
  message: string;
  source?: SourceLocation;
}

/** A rule finding, in the shape the spec's `validate` command prints. */
export interface Finding {
  rule: string;
  severity: Severity;
  outcome: Outcome;
  cells: string[];
  expected: number | string | null;
  actual: number | string | null;
  message: string;
  /** The English rendering of `message`. */
  messageEn?: string;
  /** Cross-report rules (X.*): the other reports the finding compares this one against. */
  related?: FindingRelation[];
}

/** Another report a cross-report finding names, with the cells of it that it compares. */
export interface FindingRelation {
  /** The other report's identifier as the caller passed it (e.g. a report version id). */
  ref: string;
  agency?: string | null;
  year?: number | null;
  cells: string[];
}

export interface ParseResult {
  report: CanonicalReport;
  provenance: Record<string, CellProvenance>;
  findings: ParseFinding[];
}
