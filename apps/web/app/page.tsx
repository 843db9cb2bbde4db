import Link from 'next/link';
import type { ReportList } from '@nianbao/api-contract';
import { ApiErrorNotice } from '../components/api-error-notice';
import { apiGet } from '../lib/api';
import { showNumber } from '../lib/labels';
import { filterAndSort, LIST_LIMIT, listQuery, parseListFilter } from '../lib/report-list';

export const dynamic = 'force-dynamic';

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filter = parseListFilter(await searchParams);
  let list: ReportList;
  try {
    list = await apiGet<ReportList>(`/reports${listQuery(filter)}`);
  } catch (error) {
    return (
      <>
        <h1>年度报告列表</h1>
        <ApiErrorNotice error={error} what="读取报告列表" />
      </>
    );
  }
  const rows = filterAndSort(list.items, filter);
  const years = [...new Set(list.items.map((r) => r.year))].sort((a, b) => b - a);
  return (
    <>
      <h1>年度报告列表</h1>
      <form className="filters" method="get" role="search">
        <label>
          机关名称
          <input type="text" name="agency" defaultValue={filter.agency} placeholder="如：新乡市公安局" />
        </label>
        <label>
          报告年度
          <input type="number" name="year" min={2008} max={2100} defaultValue={filter.year ?? ''} list="years" />
          <datalist id="years">
            {years.map((y) => (
              <option key={y} value={y} />
            ))}
          </datalist>
        </label>
        <button type="submit">筛选</button>
        {(filter.agency || filter.year !== null) && <Link href="/">清除筛选</Link>}
      </form>
      {rows.length === 0 ? (
        <p className="muted">没有符合条件的报告。</p>
      ) : (
        <table className="list" id="report-list">
          <caption>
            共 {rows.length} 份报告（当前版本）{list.items.length >= LIST_LIMIT && `，仅列出前 ${LIST_LIMIT} 份，请用筛选缩小范围`}；数字取自表三“总计”列和表四“行政复议·总计”
          </caption>
          <thead>
            <tr>
              <th scope="col">机关</th>
              <th scope="col">年度</th>
              <th scope="col" className="num">本年新收</th>
              <th scope="col" className="num">办结</th>
              <th scope="col" className="num">结转下年度</th>
              <th scope="col" className="num">行政复议总计</th>
              <th scope="col" className="num">错误</th>
              <th scope="col" className="num">警告</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link href={`/agencies/${encodeURIComponent(r.agency.id)}`}>{r.agency.name}</Link>
                </th>
                <td>{r.year}</td>
                <td className="num">{showNumber(r.keyFigures.newReceived)}</td>
                <td className="num">{showNumber(r.keyFigures.totalProcessed)}</td>
                <td className="num">{showNumber(r.keyFigures.carriedForward)}</td>
                <td className="num">{showNumber(r.keyFigures.reviewTotal)}</td>
                <td className={`num ${r.findingCounts.error ? 'count-error' : ''}`}>{r.findingCounts.error}</td>
                <td className={`num ${r.findingCounts.warning ? 'count-warning' : ''}`}>{r.findingCounts.warning}</td>
                <td>
                  <Link href={`/reports/${encodeURIComponent(r.id)}`}>查看报告</Link>
                  {' · '}
                  <Link href={`/reports/${encodeURIComponent(r.id)}/findings`}>问题复核</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
