'use client';

/**
 * Shown when a page fails while rendering, most often because the data API cannot be reached. Production
 * builds hide the server's message, so the page says what to try rather than what broke.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>页面暂时无法显示</h1>
      <div className="notice" role="alert">
        读取数据时出错，可能是数据接口暂时不可用。请稍后重试；如果问题持续，请联系系统管理员。
      </div>
      <button type="button" onClick={reset}>
        重试
      </button>
    </>
  );
}
