import { renderDocx, renderGbkText, renderHtml, renderMarkdown, renderText, renderXlsx } from '@nianbao/parsers';
import type { CanonicalReport } from '@nianbao/report';
import type { DemoFormat } from './demo-reports';

export interface DemoDocument {
  bytes: Uint8Array;
  fileName: string;
  mediaType: string;
}

/** The document an agency would publish, rendered by the project's own renderers. */
export async function renderDemo(report: CanonicalReport, format: DemoFormat): Promise<DemoDocument> {
  const base = `${report.agency.name}-${report.year}`;
  const utf8 = (s: string) => new TextEncoder().encode(s);
  switch (format) {
    case 'text':
      return { bytes: utf8(renderText(report)), fileName: `${base}.txt`, mediaType: 'text/plain' };
    case 'gbk':
      return { bytes: renderGbkText(report), fileName: `${base}.txt`, mediaType: 'text/plain' };
    case 'markdown':
      return { bytes: utf8(renderMarkdown(report)), fileName: `${base}.md`, mediaType: 'text/markdown' };
    case 'html':
      return { bytes: utf8(renderHtml(report)), fileName: `${base}.html`, mediaType: 'text/html' };
    case 'docx':
      return { bytes: await renderDocx(report), fileName: `${base}.docx`, mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
    case 'xlsx':
      return { bytes: await renderXlsx(report), fileName: `${base}.xlsx`, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  }
}
