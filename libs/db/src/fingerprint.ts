import { createHash } from 'node:crypto';
import type { Finding } from '@nianbao/report';

/**
 * A finding's identity for reviewers: the agency, the year, the rule and the cells it names, and the
 * figures it compared. It does not contain the ruleset version or the report version, so a decision
 * survives re-validation and a resubmission that still carries the same defect.
 */
export function findingFingerprint(agencyId: string, year: number, finding: Pick<Finding, 'rule' | 'cells' | 'expected' | 'actual'>): string {
  const identity = JSON.stringify([agencyId, year, finding.rule, [...finding.cells].sort(), finding.expected, finding.actual]);
  return createHash('sha256').update(identity).digest('hex').slice(0, 32);
}
