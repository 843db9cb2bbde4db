import * as chardet from 'chardet';
import * as iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be';

export type Decoded = { ok: true; text: string; encoding: TextEncoding } | { ok: false; problem: string };

/** Above this share of control or replacement characters the bytes are not text in any encoding. */
const MAX_JUNK_SHARE = 0.01;

/**
 * Decodes report text. Order: a byte-order mark; else the charset an HTML page declares (when the
 * bytes agree with it); else strict UTF-8; else, for bytes with NULs, UTF-16 told by where its NULs
 * fall; else what chardet recognises among the encodings Chinese agencies publish in (GB2312/GBK/GB18030
 * are all read as GB18030, their superset; Big5).
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const bom = decodeByBom(bytes);
  if (bom) return checked(bom.text, bom.encoding);

  const declared = declaredHtmlCharset(bytes);
  if (declared && declared !== 'utf-8') return checked(iconv.decode(Buffer.from(bytes), declared), declared);

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return checked(utf8, 'utf-8');

  if (bytes.includes(0)) {
    const utf16 = utf16ByNulPositions(bytes);
    if (!utf16) return { ok: false, problem: '含有 NUL 字节，且没有 UTF-16 字节顺序标记' };
    return checked(new TextDecoder(utf16).decode(bytes), utf16);
  }
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

/**
 * UTF-16 saved without a byte-order mark: its ASCII characters (digits, tabs, line breaks) put their
 * NUL byte on one side of each pair — odd offsets in little-endian, even in big-endian. CJK characters
 * rarely have a NUL byte, so the side holding nearly all NULs names the byte order; a binary file's NULs
 * fall on both sides, and what still decodes badly is refused by the junk check.
 */
const MIN_NULS = 8;
// Characters like 一 (U+4E00) put a NUL on the other side, and short texts are mostly CJK: allow one in four.
const ONE_SIDED = 4;

function utf16ByNulPositions(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  if (odd >= MIN_NULS && odd >= ONE_SIDED * even) return 'utf-16le';
  if (even >= MIN_NULS && even >= ONE_SIDED * odd) return 'utf-16be';
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

/** The characters counted as junk below; a regex scan finds the common clean text far faster than a char loop. */
const JUNK = /[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]/;

function checked(text: string, encoding: TextEncoding): Decoded {
  let junk = 0;
  const first = text.search(JUNK);
  for (let i = first === -1 ? text.length : first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd || c === 0x7f) junk++;
  }
  if (text.length > 0 && junk / text.length > MAX_JUNK_SHARE) {
    return { ok: false, problem: `按 ${encoding} 解码后，${text.length} 个字符中有 ${junk} 个控制字符或无法解码的字符` };
  }
  return { ok: true, text, encoding };
}
