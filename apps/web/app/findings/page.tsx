import type { Metadata } from 'next';
import Link from 'next/link';
import type { FindingList } from '@nianbao/api-contract';
import { ApiErrorNotice } from '../../components/api-error-notice';
import { apiGet } from '../../lib/api';
import { SEVERITY_LABELS, summarizeCells } from '../../lib/cells';
import { DECISION_LABELS, RULE_NAMES } from '../../lib/labels';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: '问题明细' };

type Search = Record<string, string | string[] | undefined>;
const FILTERS = ['rule', 'year', 'region', 'severity'] as const;
const LIMIT = 1000;

/** Every finding of current reports matching the filters, e.g. which agencies break one rule in one year. */
export default async function FindingsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const q = new URLSearchParams();
  for (const name of FILTERS) {
    const v = sp[name];
    if (typeof v === 'string' && v.trim()) q.set(name, v.trim());
  }
  const rule = q.get('rule');
  const title = rule ? `问题明细：${rule}${RULE_NAMES[rule] ? `（${RULE_NAMES[rule]}）` : ''}` : '问题明细';
  q.set('limit', String(LIMIT));
  let list: FindingList;
  try {
    list = await apiGet<FindingList>(`/findings?${q.toString()}`);
  } catch (error) {
    return (
      <>
        <h1>{title}</h1>
        <ApiErrorNotice error={error} what="读取问题明细" />
      </>
    );
  }
  const items = [...list.items].sort((a, b) => a.agency.name.localeCompare(b.agency.name, 'zh-CN') || b.year - a.year);
  return (
    <>
      <h1>{title}</h1>
      <p>
        <Link href={`/overview${q.get('year') || q.get('region') ? `?${new URLSearchParams([...q].filter(([k]) => k === 'year' || k === 'region')).toString()}` : ''}`}>
          返回问题概览
        </Link>
      </p>
      {items.length === 0 ? (
        <p className="muted">没有符合条件的问题。</p>
      ) : (
        <table className="list" id="finding-list">
          <caption>
            共 {items.length} 个问题{items.length >= LIMIT && `（仅列出前 ${LIMIT} 个）`}
          </caption>
          <thead>
            <tr>
              <th scope="col">机关</th>
              <th scope="col">年度</th>
              <th scope="col">级别</th>
              <th scope="col">规则</th>
              <th scope="col">问题</th>
              <th scope="col">复核</th>
            </tr>
          </thead>
          <tbody>
            {items.map((f) => (
              <tr key={f.id}>
                <th scope="row">
                  <Link href={`/agencies/${encodeURIComponent(f.agency.id)}`}>{f.agency.name}</Link>
                </th>
                <td>
                  <Link href={`/reports/${encodeURIComponent(f.reportVersionId)}`}>{f.year}</Link>
                </td>
                <td>
                  <span className={`badge sev-${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span>
                </td>
                <td>
                  <code>{f.rule}</code>
                </td>
                <td className="message">
                  {f.message}
                  {f.cells.length > 0 && <div className="muted">涉及：{summarizeCells(f.cells)}</div>}
                </td>
                <td>
                  {f.review ? DECISION_LABELS[f.review.decision] : <Link href={`/reports/${encodeURIComponent(f.reportVersionId)}/findings#finding-${f.id}`}>去复核</Link>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
