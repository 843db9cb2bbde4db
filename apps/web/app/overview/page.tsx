import type { Metadata } from 'next';
import Link from 'next/link';
import type { AgencyView, ReportList, RuleSummary } from '@nianbao/api-contract';
import { ApiErrorNotice } from '../../components/api-error-notice';
import { apiGet } from '../../lib/api';
import { SEVERITY_LABELS } from '../../lib/cells';
import { FIGURES, inRegion, regionOptions, summarizeByYear } from '../../lib/overview';
import { RULE_NAMES } from '../../lib/labels';
import { LIST_LIMIT, parseListFilter } from '../../lib/report-list';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: '问题概览' };


type Search = Record<string, string | string[] | undefined>;

interface Filter {
  year: number | null;
  region: string;
}

async function load(filter: Filter) {
  const q = new URLSearchParams();
  if (filter.year !== null) q.set('year', String(filter.year));
  if (filter.region) q.set('region', filter.region);
  const reportQuery = new URLSearchParams(filter.year !== null ? { year: String(filter.year) } : {});
  reportQuery.set('limit', String(LIST_LIMIT));
  const [summary, list, agencies] = await Promise.all([
    apiGet<RuleSummary>(`/findings/summary?${q.toString()}`),
    apiGet<ReportList>(`/reports?${reportQuery.toString()}`),
    apiGet<AgencyView[]>('/agencies'),
  ]);
  const reports = filter.region ? inRegion(list.items, agencies, filter.region) : list.items;
  return { rules: summary.items, reports, regions: regionOptions(agencies) };
}

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const region = typeof sp.region === 'string' ? sp.region.trim() : '';
  const filter: Filter = { year: parseListFilter(sp).year, region };
  let data: Awaited<ReturnType<typeof load>>;
  try {
    data = await load(filter);
  } catch (error) {
    return (
      <>
        <h1>问题概览</h1>
        <ApiErrorNotice error={error} what="读取问题汇总" />
      </>
    );
  }
  const years = summarizeByYear(data.reports);
  const rules = [...data.rules].sort((a, b) => b.reports - a.reports || a.rule.localeCompare(b.rule));
  return (
    <>
      <h1>问题概览</h1>
      <form className="filters" method="get" role="search">
        <label>
          地区
          <select name="region" defaultValue={filter.region}>
            <option value="">全部地区</option>
            {data.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}（{r.code}）
              </option>
            ))}
          </select>
        </label>
        <label>
          报告年度
          <input type="number" name="year" min={2008} max={2100} defaultValue={filter.year ?? ''} />
        </label>
        <button type="submit">筛选</button>
        {(filter.region || filter.year !== null) && <Link href="/overview">清除筛选</Link>}
      </form>
      <h2>按年度</h2>
      <table className="list" id="by-year">
        <caption>各年度报告数、出错报告数和主要数字合计（括号内为未填该数字的报告数）</caption>
        <thead>
          <tr>
            <th scope="col">年度</th>
            <th scope="col" className="num">报告数</th>
            <th scope="col" className="num">有错误的报告</th>
            <th scope="col" className="num">错误</th>
            <th scope="col" className="num">警告</th>
            {FIGURES.map((f) => (
              <th scope="col" className="num" key={f.key}>
                {f.label}合计
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year}>
              <th scope="row">
                <Link href={`/?year=${y.year}`}>{y.year}</Link>
              </th>
              <td className="num">{y.reports}</td>
              <td className="num">{y.reportsWithErrors}</td>
              <td className={`num ${y.errors ? 'count-error' : ''}`}>{y.errors}</td>
              <td className={`num ${y.warnings ? 'count-warning' : ''}`}>{y.warnings}</td>
              {FIGURES.map((f) => (
                <td className="num" key={f.key}>
                  {y.sums[f.key].sum}
                  {y.sums[f.key].missing > 0 && <span className="muted">（{y.sums[f.key].missing}）</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>按规则</h2>
      {rules.length === 0 ? (
        <p className="muted">当前版本的报告均未发现问题。</p>
      ) : (
        <table className="list" id="by-rule">
          <caption>违反各条勾稽规则的当前报告数</caption>
          <thead>
            <tr>
              <th scope="col">规则</th>
              <th scope="col">说明</th>
              <th scope="col">级别</th>
              <th scope="col" className="num">涉及报告</th>
              <th scope="col" className="num">问题数</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((r) => (
              <tr key={`${r.rule}-${r.severity}`}>
                <th scope="row">
                  <Link href={`/findings?${new URLSearchParams({ rule: r.rule, severity: r.severity, ...(filter.year !== null ? { year: String(filter.year) } : {}), ...(filter.region ? { region: filter.region } : {}) }).toString()}`}>
                    <code>{r.rule}</code>
                  </Link>
                </th>
                <td>{RULE_NAMES[r.rule] ?? ''}</td>
                <td>
                  <span className={`badge sev-${r.severity}`}>{SEVERITY_LABELS[r.severity]}</span>
                </td>
                <td className="num">{r.reports}</td>
                <td className="num">{r.findings}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
