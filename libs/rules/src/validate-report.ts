import type { CanonicalReport, CellProvenance, Finding } from '@nianbao/report';
import { checkFeesUnit, checkProblemsSection, checkSections, checkYear } from './document/document-rules';
import { CellReader } from './engine/cell-reader';
import { checkFeeStatement } from './prose/fee-statement-rule';
import { checkNarrative } from './prose/narrative-rule';
import { checkPartsSum } from './prose/parts-sum-rule';
import { proseSentences } from './prose/prose-text';
import { statementsOf } from './prose/stated-figures';
import { tableEquations } from './table/equations';
import { evaluateEquation } from './table/evaluate-equation';
import { checkValues } from './table/values-rule';

export interface RuleInput {
  report: CanonicalReport;
  /** Per-cell provenance from the parser; absent for structured (JSON) submissions. */
  provenance?: Record<string, CellProvenance>;
  /** "Now" for DOC.year's upper bound; the clock when absent. Tests pin it. */
  now?: Date;
}

const FORMATS: ReadonlySet<unknown> = new Set(['2021', '2019', 'pre2019']);
const asText = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * The report as the rules read it: prose sections that are not strings (a malformed submission)
 * read as absent, so that no rule trips over them.
 */
function readable(report: CanonicalReport): CanonicalReport {
  const s = (report.sections ?? {}) as Partial<Record<string, unknown>>;
  return { ...report, agency: report.agency ?? { name: null }, sections: { overview: asText(s.overview), problems: asText(s.problems), other: asText(s.other) } };
}

/**
 * Runs every single-report rule of the spec, in table order: tables, document, prose. Throws a
 * TypeError only for an input that is not a canonical report at all (an unknown formatVersion);
 * every defect of a report is a finding.
 */
export function validateReport(input: RuleInput): Finding[] {
  const { provenance } = input;
  if (!input.report || !FORMATS.has(input.report.formatVersion)) {
    throw new TypeError(`validateReport: not a canonical report (formatVersion ${JSON.stringify(input.report?.formatVersion)})`);
  }
  const report = readable(input.report);
  const cells = new CellReader(report, provenance);
  const findings: Finding[] = [];
  for (const eq of tableEquations(report.formatVersion)) {
    const f = evaluateEquation(eq, cells);
    if (f) findings.push(f);
  }
  findings.push(...checkValues(cells));
  findings.push(...checkSections(cells));
  findings.push(...checkYear(cells, (input.now ?? new Date()).getUTCFullYear()));
  findings.push(...checkFeesUnit(cells, (key) => provenance?.[key]?.raw));
  findings.push(...checkProblemsSection(cells));
  if (report.formatVersion !== 'pre2019') {
    const prose = proseSentences(report.sections);
    findings.push(...checkNarrative(cells, statementsOf(prose, typeof report.year === 'number' ? report.year : null, report.agency.name)));
    findings.push(...checkPartsSum(prose));
    findings.push(...checkFeeStatement(cells, prose));
  }
  return findings;
}
