import type { Metadata } from 'next';
import { ReportHeader } from '../../../../components/report-header';
import { keyLabel, SEVERITY_LABELS, summarizeCells } from '../../../../lib/cells';
import { currentVersionId, loadReport } from '../../../../lib/load-report';
import { ReviewForm } from './review-form';
import { DECISION_LABELS, RULE_NAMES, showValue } from '../../../../lib/labels';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: '问题复核' };


export default async function FindingsPage({ params }: { params: Promise<{ id: string }> }) {
  const view = await loadReport((await params).id);
  const currentId = await currentVersionId(view);
  const pending = view.findings.filter((f) => !f.review).length;
  return (
    <>
      <ReportHeader view={view} current="findings" currentId={currentId} />
      <h2>问题复核</h2>
      {view.findings.length === 0 ? (
        <p className="muted">本报告未发现问题。</p>
      ) : (
        <>
          <p className="muted">
            共 {view.findings.length} 个问题，待复核 {pending} 个。跨年度、跨机关的问题（X.*）不影响报告入库，需人工确认或驳回。
          </p>
          <table className="list" id="findings">
            <thead>
              <tr>
                <th scope="col">级别</th>
                <th scope="col">规则</th>
                <th scope="col">问题</th>
                <th scope="col">应为 / 实为</th>
                <th scope="col">复核</th>
              </tr>
            </thead>
            <tbody>
              {view.findings.map((f) => (
                <tr key={f.id} id={`finding-${f.id}`}>
                  <td>
                    <span className={`badge sev-${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span>
                  </td>
                  <td>
                    <code>{f.rule}</code>
                    <div className="muted">{RULE_NAMES[f.rule] ?? ''}</div>
                    <div className="muted">规则版本 {f.rulesetVersion}</div>
                  </td>
                  <td>
                    {f.message}
                    {f.cells.length > 0 && <div className="muted" title={f.cells.map(keyLabel).join('\n')}>涉及：{summarizeCells(f.cells)}</div>}
                  </td>
                  <td>
                    {showValue(f.expected)} / {showValue(f.actual)}
                  </td>
                  <td>
                    {f.review && (
                      <div>
                        <strong>{DECISION_LABELS[f.review.decision]}</strong>（{f.review.reviewer}，{f.review.decidedAt.slice(0, 10)}）
                        {f.review.comment}
                      </div>
                    )}
                    <ReviewForm findingId={f.id} reportId={view.id} review={f.review} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
