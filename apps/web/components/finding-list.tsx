import type { StoredFinding } from '@nianbao/api-contract';
import { keyLabel, SEVERITY_LABELS, summarizeCells } from '../lib/cells';
import { DECISION_LABELS, showValue } from '../lib/labels';

// A failed check is what a finding is; only "could not be checked" needs saying.
const OUTCOME_LABEL_NOT_ASSESSABLE = '无法核对（有空白或无法识别的格子）';

/** Findings as a numbered list; numbers match the [n] marks in the tables. */
export function FindingList({ items, title }: { items: { n: number; finding: StoredFinding }[]; title: string }) {
  if (items.length === 0) return null;
  return (
    <section className="findings" aria-label={title}>
      <h4>{title}</h4>
      <ol>
        {items.map(({ n, finding }) => (
          <li key={finding.id} id={`finding-${n}`} value={n} className={`sev-${finding.severity}`}>
            <span className={`badge sev-${finding.severity}`}>{SEVERITY_LABELS[finding.severity]}</span>{' '}
            <code>{finding.rule}</code> {finding.message}
            <div className="finding-detail">
              {finding.outcome === 'not_assessable' && <span>{OUTCOME_LABEL_NOT_ASSESSABLE}</span>}
              {(finding.expected !== null || finding.actual !== null) && (
                <span>
                  应为 {showValue(finding.expected)}，实为 {showValue(finding.actual)}
                </span>
              )}
              {finding.cells.length > 0 && <span title={finding.cells.map(keyLabel).join('\n')}>涉及：{summarizeCells(finding.cells)}</span>}
              {finding.review && (
                <span className="review">
                  复核：{DECISION_LABELS[finding.review.decision]}（{finding.review.reviewer}）{finding.review.comment}
                </span>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
