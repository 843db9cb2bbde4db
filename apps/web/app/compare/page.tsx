import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReportList, ReportView } from '@nianbao/api-contract';
import { ApiErrorNotice } from '../../components/api-error-notice';
import { apiGet, apiGetOptional } from '../../lib/api';
import { carryOverCheck, compareCells } from '../../lib/compare';
import { showNumber } from '../../lib/labels';
import { LIST_LIMIT } from '../../lib/report-list';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: '报告对比' };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

function Picker({ list, a, b, onlyDiff }: { list: ReportList; a: string; b: string; onlyDiff: boolean }) {
  const options = [...list.items].sort((x, y) => x.agency.name.localeCompare(y.agency.name, 'zh-CN') || x.year - y.year);
  const select = (name: string, value: string, label: string) => (
    <label>
      {label}
      <select name={name} defaultValue={value} required>
        <option value="">请选择报告</option>
        {options.map((r) => (
          <option key={r.id} value={r.id}>
            {r.agency.name} {r.year} 年
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form className="filters" method="get">
      {select('a', a, '报告甲')}
      {select('b', b, '报告乙')}
      <label>
        <span>
          <input type="checkbox" name="diff" value="1" defaultChecked={onlyDiff} /> 只显示不同的格子
        </span>
      </label>
      <button type="submit">对比</button>
    </form>
  );
}

const title = (v: ReportView) => `${v.agency.name} ${v.year} 年`;

export default async function ComparePage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const a = one(sp.a);
  const b = one(sp.b);
  const onlyDiff = one(sp.diff) === '1';
  let list: ReportList;
  let views: [ReportView | null, ReportView | null] = [null, null];
  try {
    list = await apiGet<ReportList>(`/reports?limit=${LIST_LIMIT}`);
    if (a && b) views = await Promise.all([apiGetOptional<ReportView>(`/reports/${encodeURIComponent(a)}`), apiGetOptional<ReportView>(`/reports/${encodeURIComponent(b)}`)]);
  } catch (error) {
    return (
      <>
        <h1>报告对比</h1>
        <ApiErrorNotice error={error} what="读取报告" />
      </>
    );
  }
  const [va, vb] = views;
  const missing = a && b && (!va || !vb);
  const rows = va && vb ? compareCells(va.report, vb.report) : [];
  const shown = onlyDiff ? rows.filter((r) => r.differs) : rows;
  const [earlier, later] = va && vb && va.year <= vb.year ? [va, vb] : [vb, va];
  const carry =
    earlier && later
      ? carryOverCheck({ agencyId: earlier.agency.id, year: earlier.year, report: earlier.report }, { agencyId: later.agency.id, year: later.year, report: later.report })
      : null;
  return (
    <>
      <h1>报告对比</h1>
      <Picker list={list} a={a} b={b} onlyDiff={onlyDiff} />
      {missing && <div className="notice">所选报告不存在，请重新选择。</div>}
      {va && vb && (
        <>
          {carry && earlier && later && (
            <>
              <h2>跨年衔接：{earlier.year} 年“结转下年度” 与 {later.year} 年“上年结转”</h2>
              <table className="list side-by-side" id="carry-over">
                <thead>
                  <tr>
                    <th scope="col">申请人</th>
                    <th scope="col" className="num">{earlier.year} 年结转下年度</th>
                    <th scope="col" className="num">{later.year} 年上年结转</th>
                    <th scope="col">是否一致</th>
                  </tr>
                </thead>
                <tbody>
                  {carry.map((c) => (
                    <tr key={c.column}>
                      <th scope="row">{c.column}</th>
                      <td className="num">{showNumber(c.carriedForwardPrev)}</td>
                      <td className={`num ${c.holds ? '' : 'diff'}`}>{showNumber(c.carriedOverNext)}</td>
                      <td>{c.holds ? '一致' : '不一致'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          <h2>逐格对比</h2>
          <table className="list side-by-side" id="compare">
            <caption>
              共 {rows.length} 格，其中 {rows.filter((r) => r.differs).length} 格不同
            </caption>
            <thead>
              <tr>
                <th scope="col">格子</th>
                <th scope="col" className="num">
                  <Link href={`/reports/${encodeURIComponent(va.id)}`}>{title(va)}</Link>
                </th>
                <th scope="col" className="num">
                  <Link href={`/reports/${encodeURIComponent(vb.id)}`}>{title(vb)}</Link>
                </th>
                <th scope="col" className="num">差值（乙−甲）</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.key}>
                  <th scope="row" title={r.key}>
                    {r.label}
                  </th>
                  <td className="num">{showNumber(r.a)}</td>
                  <td className={`num ${r.differs ? 'diff' : ''}`}>{showNumber(r.b)}</td>
                  <td className="num">{r.delta === null ? '' : r.delta > 0 ? `+${r.delta}` : r.delta}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
