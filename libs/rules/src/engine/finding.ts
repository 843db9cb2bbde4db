import type { Finding, FindingRelation, Outcome } from '@nianbao/report';
import { ruleDef } from '../ruleset';

export interface FindingParts {
  rule: string;
  outcome: Outcome;
  cells: string[];
  expected: number | string | null;
  actual: number | string | null;
  message: string;
  messageEn: string;
  related?: FindingRelation[];
}

/**
 * Builds a finding with the rule's severity. A not_assessable outcome is a warning whatever the
 * rule's severity (spec: "reported as not_assessable (warning), never as a pass and never as an error").
 */
export function makeFinding(parts: FindingParts): Finding {
  const def = ruleDef(parts.rule);
  const severity = parts.outcome === 'not_assessable' && def.severity === 'error' ? 'warning' : def.severity;
  const finding: Finding = {
    rule: parts.rule,
    severity,
    outcome: parts.outcome,
    cells: parts.cells,
    expected: parts.expected,
    actual: parts.actual,
    message: parts.message,
    messageEn: parts.messageEn,
  };
  if (parts.related) finding.related = parts.related;
  return finding;
}

/** Numbers as reports print them: no float noise, decimals kept. */
export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e4) / 1e4);
}
