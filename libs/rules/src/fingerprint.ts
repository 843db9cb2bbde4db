import type { Finding } from '@nianbao/report';

/** FNV-1a, 64 bits: stable across runs, platforms and versions, and cheap. */
function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * prime) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/**
 * Identifies a finding by what it says, not by when it was found: rule, cells, expected and actual
 * (and, for cross-report findings, the other reports' agency, year and cells). A reviewer's decision keyed
 * on it survives a re-run that finds the same thing; a changed value gives a new fingerprint.
 * The message is left out, so rewording a message does not reopen decided findings.
 */
export function findingFingerprint(finding: Pick<Finding, 'rule' | 'cells' | 'expected' | 'actual' | 'related'>): string {
  // The other report is named by agency and year, not by its version ref: a resubmitted version
  // with the same figures is the same comparison. Without an agency name the ref is all there is.
  const related = (finding.related ?? []).map((r) => JSON.stringify([r.agency ?? `ref:${r.ref}`, r.year ?? null, [...r.cells].sort()])).sort();
  const canonical = JSON.stringify([finding.rule, [...finding.cells].sort(), finding.expected, finding.actual, related]);
  return `${finding.rule}:${fnv1a64(canonical)}`;
}
