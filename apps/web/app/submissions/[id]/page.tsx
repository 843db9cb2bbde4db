import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { SubmissionView } from '@nianbao/api-contract';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { AutoRefresh } from '../../../components/auto-refresh';
import { FindingList } from '../../../components/finding-list';
import { apiGetOptional } from '../../../lib/api';
import { STATUS_LABELS } from '../../../lib/labels';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: '提交进度' };

const POLL_MS = 1500;

export default async function SubmissionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  let sub: SubmissionView | null;
  try {
    sub = await apiGetOptional<SubmissionView>(`/submissions/${encodeURIComponent(id)}`);
  } catch (error) {
    return (
      <>
        <h1>提交进度</h1>
        <ApiErrorNotice error={error} what="读取提交状态" />
        <AutoRefresh intervalMs={POLL_MS * 2} />
      </>
    );
  }
  if (!sub) notFound();
  const inProgress = sub.status === 'queued' || sub.status === 'processing';
  return (
    <>
      <h1>提交进度</h1>
      <div className="meta">
        <span>编号 {sub.id}</span>
        <span>大小 {sub.sizeBytes} 字节</span>
        {sub.mediaType && <span>格式 {sub.mediaType}</span>}
        {sub.encoding && <span>编码 {sub.encoding}</span>}
      </div>
      <div
        className={`notice ${inProgress ? 'wait' : sub.status === 'accepted' ? 'ok' : ''}`}
        role="status"
        aria-live="polite"
        data-status={sub.status}
      >
        状态：<strong>{STATUS_LABELS[sub.status]}</strong>
        {inProgress && '，页面将自动刷新……'}
        {sub.error && <div>原因：{sub.error}</div>}
      </div>
      {sub.agencyName && (
        <p>
          识别结果：{sub.agencyName} {sub.year ?? '（年度未识别）'} 年度报告
        </p>
      )}
      {sub.reportVersionId && (
        <p>
          <Link href={`/reports/${encodeURIComponent(sub.reportVersionId)}`} id="report-link">
            查看入库的报告
          </Link>
        </p>
      )}
      <FindingList title="核查发现的问题" items={sub.findings.map((finding, i) => ({ n: i + 1, finding }))} />
      {inProgress && <AutoRefresh intervalMs={POLL_MS} />}
      <p>
        <Link href="/submit">再提交一份</Link>
      </p>
    </>
  );
}
