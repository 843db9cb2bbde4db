import type { ParseResult } from '@nianbao/report';
import type { DocumentModel } from '../document/document-model';

export type Recognition = { ok: true; result: ParseResult } | { ok: false; reason: string };

/**
 * Finds the envelope (agency, year, format), the six sections and tables 二, 三 and 四 in a document,
 * by their labels, and reads every cell with its kind and provenance.
 */
export function recognizeReport(_doc: DocumentModel): Recognition {
  return { ok: false, reason: 'recognition not implemented yet' };
}
