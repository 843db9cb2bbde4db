import * as chardet from 'chardet';
import * as iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be';

export type Decoded = { ok: true; text: string; encoding: TextEncoding } | { ok: false; problem: string };

/** Above this share of control or replacement characters the bytes are not text in any encoding. */
const MAX_JUNK_SHARE = 0.01;

/**
 * Decodes report text. Order: a byte-order mark; else the charset an HTML page declares (when the
 * bytes agree with it); else strict UTF-8; else what chardet recognises among the encodings Chinese
 * agencies publish in (GB2312/GBK/GB18030 are all read as GB18030, their superset; Big5).
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const bom = decodeByBom(bytes);
  if (bom) return checked(bom.text, bom.encoding);

  const declared = declaredHtmlCharset(bytes);
  if (declared && declared !== 'utf-8') return checked(iconv.decode(Buffer.from(bytes), declared), declared);

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return checked(utf8, 'utf-8');

  if (bytes.includes(0)) return { ok: false, problem: '含有 NUL 字节，且没有 UTF-16 字节顺序标记' };
  const guessed = guessLegacyEncoding(bytes);
  return checked(iconv.decode(Buffer.from(bytes), guessed), guessed);
}

function decodeByBom(bytes: Uint8Array): { text: string; encoding: TextEncoding } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const CHARSET_ALIASES: Record<string, TextEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  big5: 'big5',
};

/** The charset of `<meta charset>` or `<meta http-equiv content="…; charset=…">` in the first 4 KB. */
export function declaredHtmlCharset(bytes: Uint8Array): TextEncoding | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  if (!meta?.[1]) return null;
  return CHARSET_ALIASES[meta[1].toLowerCase()] ?? null;
}

function guessLegacyEncoding(bytes: Uint8Array): TextEncoding {
  const guess = chardet.detect(bytes)?.toLowerCase() ?? '';
  if (guess.startsWith('big5')) return 'big5';
  // Western single-byte guesses on Chinese bytes are chardet's fallback, not a finding: GB18030 it is.
  return 'gb18030';
}

function checked(text: string, encoding: TextEncoding): Decoded {
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd || c === 0x7f) junk++;
  }
  if (text.length > 0 && junk / text.length > MAX_JUNK_SHARE) {
    return { ok: false, problem: `按 ${encoding} 解码后，${text.length} 个字符中有 ${junk} 个控制字符或无法解码的字符` };
  }
  return { ok: true, text, encoding };
}
