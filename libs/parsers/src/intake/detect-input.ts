import { decodeText, type TextEncoding } from './decode-text';
import { reject, type Rejection } from './rejection';
import { listZipEntries } from './zip-entries';

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export type BinaryContainer = 'pdf' | 'docx' | 'xlsx';
export type TextContainer = 'html' | 'markdown' | 'text';

export type Intake =
  | { ok: true; container: BinaryContainer; bytes: Uint8Array }
  | { ok: true; container: TextContainer; text: string; encoding: TextEncoding }
  | Rejection;

/** How far into the file a PDF header may start: readers accept a little junk before `%PDF-`. */
const PDF_HEADER_WINDOW = 1024;

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean => sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string): number[] => [...s].map((ch) => ch.charCodeAt(0));

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const IMAGES: { sig: number[]; name: string; at?: number }[] = [
  { sig: [0x89, 0x50, 0x4e, 0x47], name: 'PNG' },
  { sig: [0xff, 0xd8, 0xff], name: 'JPEG' },
  { sig: ascii('GIF8'), name: 'GIF' },
  { sig: ascii('BM'), name: 'BMP' },
  { sig: [0x49, 0x49, 0x2a, 0x00], name: 'TIFF' },
  { sig: [0x4d, 0x4d, 0x00, 0x2a], name: 'TIFF' },
  { sig: ascii('WEBP'), name: 'WebP', at: 8 },
];
const OTHER_BINARIES: { sig: number[]; reason: string }[] = [
  { sig: ascii('{\\rtf'), reason: '不支持 RTF 格式，请另存为 .docx 后提交' },
  { sig: ascii('Rar!'), reason: '不支持 RAR 压缩包，请直接提交报告文件（.docx、.xlsx、.pdf、.html、.txt）' },
  { sig: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], reason: '不支持 7z 压缩包，请直接提交报告文件（.docx、.xlsx、.pdf、.html、.txt）' },
  { sig: [0x1f, 0x8b], reason: '不支持 gzip 压缩文件，请直接提交报告文件' },
];

/**
 * Tells what the bytes are — never from a file name — and decodes text. Every input that is not a
 * readable document ends here with a one-line reason.
 */
export function detectInput(bytes: Uint8Array): Intake {
  if (bytes.length === 0) return reject('empty', '文件为空');
  if (bytes.length > MAX_INPUT_BYTES) {
    return reject('too_large', `文件过大（${(bytes.length / 1048576).toFixed(1)} MB），上限为 ${MAX_INPUT_BYTES / 1048576} MB`);
  }
  if (hasPdfHeader(bytes)) return { ok: true, container: 'pdf', bytes };
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return classifyZip(bytes);
  if (startsWith(bytes, OLE)) {
    return reject('legacy_office', '不支持旧版 Word/Excel 97-2003 格式（.doc/.xls），请另存为 .docx 或 .xlsx 后提交');
  }
  const image = IMAGES.find((i) => startsWith(bytes, i.sig, i.at));
  if (image) return reject('image', `这是一张 ${image.name} 图片，不是报告文档；请提交含文字的报告文件`);
  const other = OTHER_BINARIES.find((o) => startsWith(bytes, o.sig));
  if (other) return reject('unsupported_format', other.reason);

  const decoded = decodeText(bytes);
  if (!decoded.ok) return reject('binary', `无法识别的文件：不是 PDF、Word、Excel、HTML 或文本（${decoded.problem}）`);
  if (decoded.text.trim() === '') return reject('empty', '文件只有空白，没有内容');
  return { ok: true, container: classifyText(decoded.text), text: decoded.text, encoding: decoded.encoding };
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const window = Buffer.from(bytes.subarray(0, PDF_HEADER_WINDOW)).toString('latin1');
  return window.includes('%PDF-');
}

function classifyZip(bytes: Uint8Array): Intake {
  const listing = listZipEntries(bytes);
  if (!listing.ok) return reject('corrupt_zip', `压缩文件已损坏或不完整，无法读取（${listing.problem}）`);
  const names = new Set(listing.names);
  if (names.has('word/document.xml')) return { ok: true, container: 'docx', bytes };
  if (names.has('xl/workbook.xml')) return { ok: true, container: 'xlsx', bytes };
  if (names.has('mimetype') && listing.names.some((n) => n === 'content.xml')) {
    return reject('unsupported_format', '不支持 OpenDocument 格式（.odt/.ods），请另存为 .docx 或 .xlsx 后提交');
  }
  if (names.has('ppt/presentation.xml')) return reject('zip_not_report', '这是 PowerPoint 演示文稿，不是报告文档');
  return reject('zip_not_report', `压缩包中没有 Word（word/document.xml）或 Excel（xl/workbook.xml）文档，共 ${listing.names.length} 个条目`);
}

const HTML_START = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|table|div|p|span|section|article|h[1-6])[\s>/]/i;
const HTML_ANYWHERE = /<(html|body)[\s>]|<table[\s>][\s\S]*<\/table>/i;
const PIPE_TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/m;

function classifyText(text: string): TextContainer {
  const head = text.slice(0, 4096);
  if (HTML_START.test(head) || (!/^\s*#/.test(head) && HTML_ANYWHERE.test(head))) return 'html';
  if (PIPE_TABLE_SEPARATOR.test(text)) return 'markdown';
  return 'text';
}
