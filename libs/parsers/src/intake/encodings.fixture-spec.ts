import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { parseDocument } from '../parse-document';

const FIXTURES = join(__dirname, '../../../../../shared/fixtures');
const PINGTAN = join(FIXTURES, 'real/pingtan');

/**
 * The same real document in the encodings agencies publish in must parse to the same report as its
 * UTF-8 original: GBK pages that declare gb2312, GB18030 text without any declaration, UTF-16 with
 * a byte-order mark (Windows Notepad's "Unicode").
 */
describe('real documents re-encoded', () => {
  const pages = readdirSync(PINGTAN).filter((f) => f.endsWith('.html'));

  it.each(pages)('%s as GBK with <meta charset=gb2312>', async (file) => {
    const html = readFileSync(join(PINGTAN, file), 'utf8');
    const original = await parseDocument(new TextEncoder().encode(html));
    const gbkPage = html.replace(/<meta charset="utf-8">/i, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
    expect(gbkPage).not.toBe(html);
    const gbk = await parseDocument(new Uint8Array(iconv.encode(gbkPage, 'gbk')));
    expect(gbk).toMatchObject({ ok: original.ok, container: 'html', encoding: 'gb18030' });
    if (original.ok && gbk.ok) expect(gbk.result.report).toEqual(original.result.report);
  });

  it.each([
    ['GB18030 without declaration', (s: string) => iconv.encode(s, 'gb18030'), 'gb18030'],
    ['UTF-16 LE with BOM', (s: string) => iconv.encode(s, 'utf-16le', { addBOM: true }), 'utf-16le'],
    ['UTF-16 BE with BOM', (s: string) => iconv.encode(s, 'utf-16be', { addBOM: true }), 'utf-16be'],
    ['UTF-8 with BOM', (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)]), 'utf-8'],
  ])('the seed text as %s', async (_name, encode, encoding) => {
    const text = readFileSync(join(FIXTURES, 'seed/xinxiang-police-2023.txt'), 'utf8');
    const original = await parseDocument(new TextEncoder().encode(text));
    const encoded = await parseDocument(new Uint8Array(encode(text)));
    expect(encoded).toMatchObject({ ok: true, encoding });
    if (!original.ok || !encoded.ok) throw new Error('seed not parsed');
    expect(encoded.result.report).toEqual(original.result.report);
  });
});
