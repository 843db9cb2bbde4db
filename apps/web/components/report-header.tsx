import Link from 'next/link';
import type { ReportView } from '@nianbao/api-contract';
import { FORMAT_LABELS } from '../lib/labels';

/**
 * Title, version and navigation of one report version. `currentId` is the agency-year's current version
 * when this one has been superseded, so a reader of an old link finds the newest figures.
 */
export function ReportHeader({ view, current, currentId }: { view: ReportView; current: 'report' | 'findings'; currentId?: string | null }) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of view.findings) counts[f.severity] += 1;
  const base = `/reports/${encodeURIComponent(view.id)}`;
  return (
    <>
      <h1>
        {view.agency.name} {view.year} 年政府信息公开工作年度报告
      </h1>
      <div className="meta">
        <span>{FORMAT_LABELS[view.formatVersion]}</span>
        <span>
          第 {view.version} 版{view.current ? '（当前版本）' : '（历史版本）'}
        </span>
        <span>入库时间 {view.createdAt.slice(0, 19).replace('T', ' ')}</span>
        <span>
          问题：<span className="count-error">错误 {counts.error}</span> · <span className="count-warning">警告 {counts.warning}</span> ·
          提示 {counts.info}
        </span>
      </div>
      {!view.current && (
        <div className="notice wait" role="note">
          这是已被替换的历史版本。
          {currentId && <Link href={`/reports/${encodeURIComponent(currentId)}`}>查看当前版本</Link>}
        </div>
      )}
      <nav className="meta" aria-label="报告导航">
        {current === 'report' ? <strong>报告内容</strong> : <Link href={base}>报告内容</Link>}
        {current === 'findings' ? <strong>问题复核</strong> : <Link href={`${base}/findings`}>问题复核</Link>}
        <Link href={`/agencies/${encodeURIComponent(view.agency.id)}`}>本机关历年趋势</Link>
        <Link href={`/compare?a=${encodeURIComponent(view.id)}`}>与其他报告对比</Link>
        {view.submissionId && <Link href={`/submissions/${encodeURIComponent(view.submissionId)}`}>提交记录</Link>}
      </nav>
    </>
  );
}
