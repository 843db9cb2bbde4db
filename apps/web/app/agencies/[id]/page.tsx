import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReportList, ReportView } from '@nianbao/api-contract';
import { apiGet } from '../../../lib/api';
import { carryOverChain } from '../../../lib/compare';
import { showNumber } from '../../../lib/labels';
import { agencySeries, FIGURES } from '../../../lib/overview';
import { LIST_LIMIT } from '../../../lib/report-list';
import { renderTrendSvg } from '../../../lib/trend-chart';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: '历年趋势' };

export default async function AgencyPage({ params }: { params: Promise<{ id: string }> }) {
  const agencyId = decodeURIComponent((await params).id);
  const list = await apiGet<ReportList>(`/reports?agency=${encodeURIComponent(agencyId)}&limit=${LIST_LIMIT}`);
  const series = agencySeries(list.items, agencyId);
  const agency = series[0]?.agency;
  if (!agency) notFound();
  // Each year's full report, for the carry-over chain (one request per year; an agency has a handful).
  const views = await Promise.all(series.map((r) => apiGet<ReportView>(`/reports/${encodeURIComponent(r.id)}`)));
  const chain = carryOverChain(views.map((v) => ({ agencyId: v.agency.id, year: v.year, report: v.report })));
  return (
    <>
      <h1>{agency.name} 历年报告</h1>
      <div className="chart" role="img" aria-label={`${agency.name} 历年本年新收、办结、结转和行政复议数量折线图`} dangerouslySetInnerHTML={{ __html: renderTrendSvg(series) }} />
      <table className="list" id="agency-years">
        <caption>各年度主要数字（表三“总计”列、表四“行政复议·总计”）</caption>
        <thead>
          <tr>
            <th scope="col">年度</th>
            {FIGURES.map((f) => (
              <th scope="col" className="num" key={f.key}>
                {f.label}
              </th>
            ))}
            <th scope="col" className="num">错误</th>
            <th scope="col" className="num">警告</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {series.map((r, i) => {
            const prev = series[i - 1];
            return (
              <tr key={r.id}>
                <th scope="row">{r.year}</th>
                {FIGURES.map((f) => (
                  <td className="num" key={f.key}>
                    {showNumber(r.keyFigures[f.key])}
                  </td>
                ))}
                <td className={`num ${r.findingCounts.error ? 'count-error' : ''}`}>{r.findingCounts.error}</td>
                <td className={`num ${r.findingCounts.warning ? 'count-warning' : ''}`}>{r.findingCounts.warning}</td>
                <td>
                  <Link href={`/reports/${encodeURIComponent(r.id)}`}>查看</Link>
                  {prev && (
                    <>
                      {' · '}
                      <Link href={`/compare?a=${encodeURIComponent(prev.id)}&b=${encodeURIComponent(r.id)}`}>与 {prev.year} 年对比</Link>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {chain.length > 0 && (
        <>
          <h2>跨年衔接（上年“结转下年度”＝本年“上年结转”）</h2>
          <table className="list" id="carry-over-chain">
            <thead>
              <tr>
                <th scope="col">年度</th>
                <th scope="col" className="num">上年结转下年度（总计）</th>
                <th scope="col" className="num">本年上年结转（总计）</th>
                <th scope="col">结果</th>
              </tr>
            </thead>
            <tbody>
              {chain.map((link) => (
                <tr key={link.toYear}>
                  <th scope="row">
                    {link.fromYear} → {link.toYear}
                  </th>
                  <td className="num">{showNumber(link.carriedForward)}</td>
                  <td className="num">{showNumber(link.carriedOver)}</td>
                  <td className={link.mismatches.length ? 'count-error' : ''}>{link.mismatches.length ? `不一致：${link.mismatches.join('、')}` : '一致'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
