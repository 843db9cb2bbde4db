import type { ApiRequestError } from './api';

/** A rejected upload explained to agency staff: what went wrong, and what to do about it. */
export function describeSubmitError(err: Pick<ApiRequestError, 'status' | 'message'>): string {
  const detail = err.message ? `（${err.message}）` : '';
  if (err.status === 413) return `文件太大，无法上传${detail}。请压缩图片或拆分附件后重试。`;
  if (err.status === 415) return `不支持的文件格式${detail}。请上传 TXT、Markdown、HTML、Word（.docx）、Excel（.xlsx）或 PDF 文件。`;
  if (err.status === 422) return `文件未能识别为政府信息公开工作年度报告${detail}。请确认文件包含规定的六个部分和表二、表三、表四。`;
  if (err.status === 409) return `这份文件已经提交过${detail}。`;
  if (err.status === 429) return `提交过于频繁${detail}，请稍后再试。`;
  if (err.status === 400) return `提交的内容有误${detail}。`;
  if (err.status === 401 || err.status === 403) return `没有提交权限${detail}。`;
  if (err.status >= 500) return `服务暂时不可用${detail}，请稍后再试。`;
  return `提交失败${detail}。`;
}
