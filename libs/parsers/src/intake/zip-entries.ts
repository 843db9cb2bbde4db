/**
 * Lists the entries of a zip archive from its central directory: enough to tell a .docx from an
 * .xlsx (or from any other zip) without inflating anything, and to notice a truncated download
 * before a container library fails on it in a less readable way. `readZipEntry` then inflates the
 * one part a container needs with Node's zlib.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export type ZipListing = { ok: true; names: string[]; entries: ZipEntry[] } | { ok: false; problem: string };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const EOCD_MIN_SIZE = 22;
const MAX_COMMENT = 0xffff;

export function listZipEntries(bytes: Uint8Array): ZipListing {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return { ok: false, problem: '找不到压缩文件目录（文件可能不完整）' };
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return { ok: false, problem: '不支持 ZIP64 格式的压缩文件' };
  if (offset + size > eocd) return { ok: false, problem: '压缩文件目录超出文件末尾（文件可能不完整）' };

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let pos = offset;
  for (let i = 0; i < count; i++) {
    if (pos + 46 > eocd || view.getUint32(pos, true) !== CENTRAL_ENTRY_SIGNATURE) {
      return { ok: false, problem: `压缩文件目录第 ${i + 1}/${count} 项已损坏` };
    }
    const nameLength = view.getUint16(pos + 28, true);
    const extraLength = view.getUint16(pos + 30, true);
    const commentLength = view.getUint16(pos + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(pos + 46, pos + 46 + nameLength)),
      method: view.getUint16(pos + 10, true),
      compressedSize: view.getUint32(pos + 20, true),
      size: view.getUint32(pos + 24, true),
      localHeaderOffset: view.getUint32(pos + 42, true),
    });
    pos += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, names: entries.map((e) => e.name), entries };
}

/** Above this an entry is a zip bomb, not a report part. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

/** The bytes of one entry (stored or deflated); throws with a readable message when damaged. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER_SIGNATURE) throw new Error(`压缩文件中的 ${entry.name} 已损坏（本地文件头）`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new Error(`压缩文件中的 ${entry.name} 不完整（数据超出文件末尾）`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new Error(`压缩文件中的 ${entry.name} 使用了不支持的压缩方式 ${entry.method}`);
  if (entry.size > MAX_ENTRY_BYTES) throw new Error(`压缩文件中的 ${entry.name} 解压后 ${entry.size} 字节，超过上限`);
  return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES });
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_MIN_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let pos = last; pos >= first; pos--) {
    if (view.getUint32(pos, true) === EOCD_SIGNATURE) return pos;
  }
  return -1;
}
