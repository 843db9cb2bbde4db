/**
 * Lists the entry names of a zip archive from its central directory. Enough to tell a .docx from an
 * .xlsx (or from any other zip) without inflating anything, and to notice a truncated download
 * before a container library fails on it in a less readable way.
 */
export type ZipListing = { ok: true; names: string[] } | { ok: false; problem: string };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
const EOCD_MIN_SIZE = 22;
const MAX_COMMENT = 0xffff;

export function listZipEntries(bytes: Uint8Array): ZipListing {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return { ok: false, problem: 'end of central directory not found (truncated?)' };
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return { ok: false, problem: 'zip64 archives are not supported' };
  if (offset + size > eocd) return { ok: false, problem: 'central directory lies outside the file (truncated?)' };

  const names: string[] = [];
  const decoder = new TextDecoder('utf-8');
  let pos = offset;
  for (let i = 0; i < count; i++) {
    if (pos + 46 > eocd || view.getUint32(pos, true) !== CENTRAL_ENTRY_SIGNATURE) {
      return { ok: false, problem: `central directory entry ${i + 1} of ${count} is damaged` };
    }
    const nameLength = view.getUint16(pos + 28, true);
    const extraLength = view.getUint16(pos + 30, true);
    const commentLength = view.getUint16(pos + 32, true);
    names.push(decoder.decode(bytes.subarray(pos + 46, pos + 46 + nameLength)));
    pos += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, names };
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_MIN_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let pos = last; pos >= first; pos--) {
    if (view.getUint32(pos, true) === EOCD_SIGNATURE) return pos;
  }
  return -1;
}
