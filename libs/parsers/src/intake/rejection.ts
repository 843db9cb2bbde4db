/**
 * Why a byte stream is not read as a report. The code is stable (API responses, tests, metrics);
 * the reason is the one-line zh-CN message a submitter sees.
 */
export type RejectionCode =
  | 'empty'
  | 'too_large'
  | 'image'
  | 'legacy_office'
  | 'unsupported_format'
  | 'zip_not_report'
  | 'corrupt_zip'
  | 'binary'
  | 'corrupt_document'
  | 'no_text_layer'
  | 'not_recognized';

export interface Rejection {
  ok: false;
  code: RejectionCode;
  reason: string;
}

export function reject(code: RejectionCode, reason: string): Rejection {
  return { ok: false, code, reason };
}
