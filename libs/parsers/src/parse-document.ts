import type { ParseResult } from '@nianbao/report';
import { docxToDocument } from './containers/docx';
import { htmlToDocument } from './containers/html';
import { pdfToDocument } from './containers/pdf';
import { textToDocument } from './containers/text';
import { xlsxToDocument } from './containers/xlsx';
import type { Container, DocumentModel } from './document/document-model';
import { detectInput, type Intake } from './intake';
import type { RejectionCode } from './intake';
import { recognizeReport } from './recognize';

export type ParseOutcome =
  | { ok: true; result: ParseResult; container: Container; encoding?: string }
  | { ok: false; code: RejectionCode; reason: string; container?: Container; encoding?: string };

type Read = { ok: true; doc: DocumentModel } | { ok: false; code: RejectionCode; reason: string };

/**
 * Bytes to canonical report: detects the container and the encoding from the bytes (never the file
 * name), reads the document model, recognises the report. Never throws: anything that is not a
 * readable report ends in `{ ok: false, code, reason }` with a one-line zh-CN reason.
 */
export async function parseDocument(bytes: Uint8Array): Promise<ParseOutcome> {
  let intake: Intake;
  try {
    intake = detectInput(bytes);
  } catch (err) {
    return { ok: false, code: 'binary', reason: `无法识别的文件（${oneLine(err)}）` };
  }
  if (!intake.ok) return intake;
  const encoding = 'encoding' in intake ? intake.encoding : undefined;
  const read = await readDocument(intake);
  if (!read.ok) return { ...read, container: intake.container, ...(encoding ? { encoding } : {}) };
  try {
    const recognized = recognizeReport(read.doc);
    if (!recognized.ok) return { ok: false, code: 'not_recognized', reason: recognized.reason, container: read.doc.container, ...(encoding ? { encoding } : {}) };
    return { ok: true, result: recognized.result, container: read.doc.container, ...(encoding ? { encoding } : {}) };
  } catch (err) {
    return { ok: false, code: 'not_recognized', reason: `无法识别报告内容（${oneLine(err)}）`, container: read.doc.container };
  }
}

/** The document model of a detected container; a container library's failure becomes a reason. */
export async function readDocument(intake: Exclude<Intake, { ok: false }>): Promise<Read> {
  try {
    switch (intake.container) {
      case 'pdf':
        return await pdfToDocument(intake.bytes);
      case 'docx':
        return { ok: true, doc: docxToDocument(intake.bytes) };
      case 'xlsx':
        return { ok: true, doc: xlsxToDocument(intake.bytes) };
      case 'html':
        return { ok: true, doc: { ...htmlToDocument(intake.text), encoding: intake.encoding } };
      case 'markdown':
      case 'text':
        return { ok: true, doc: { ...textToDocument(intake.text), encoding: intake.encoding } };
    }
  } catch (err) {
    return { ok: false, code: 'corrupt_document', reason: `${CONTAINER_NAMES[intake.container]}文件已损坏或无法读取（${oneLine(err)}）` };
  }
}

const CONTAINER_NAMES: Record<Container, string> = {
  pdf: 'PDF ',
  docx: 'Word ',
  xlsx: 'Excel ',
  html: 'HTML ',
  markdown: 'Markdown ',
  text: '文本',
};

function oneLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]?.slice(0, 200) ?? 'unknown error';
}
