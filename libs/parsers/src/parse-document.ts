import type { ParseResult } from '@nianbao/report';
import type { Container, DocumentModel } from './document/document-model';
import { recognizeReport } from './recognize';

export type ParseOutcome =
  | { ok: true; result: ParseResult; container: Container; encoding?: string }
  | { ok: false; reason: string; container?: Container; encoding?: string };

/**
 * Bytes to canonical report: detects the container and the encoding from the bytes (never the file
 * name), reads the document model, recognises the report. Never throws on bad input.
 */
export async function parseDocument(bytes: Uint8Array): Promise<ParseOutcome> {
  // Placeholder intake until the byte-level intake lands: UTF-8 text only.
  const text = new TextDecoder('utf-8').decode(bytes);
  const doc: DocumentModel = {
    container: 'text',
    encoding: 'utf-8',
    blocks: text.split('\n').map((line, i) => ({ type: 'text' as const, text: line, source: { type: 'line' as const, line: i + 1 } })),
  };
  const r = recognizeReport(doc);
  return r.ok ? { ok: true, result: r.result, container: doc.container, encoding: doc.encoding } : { ok: false, reason: r.reason, container: doc.container };
}
