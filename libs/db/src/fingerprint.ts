import type { Finding } from '@nianbao/report';
import { findingFingerprint as ruleFingerprint } from '@nianbao/rules';

/**
 * A stored finding's identity for reviewers: the rules lib's fingerprint (rule, cells, figures, the
 * other reports compared) within one agency and year. No ruleset or report version is part of it, so
 * a decision survives re-validation and a resubmission that still carries the same defect.
 */
export function findingFingerprint(agencyId: string, year: number, finding: Pick<Finding, 'rule' | 'cells' | 'expected' | 'actual' | 'related'>): string {
  return `${agencyId}:${year}:${ruleFingerprint(finding)}`;
}
