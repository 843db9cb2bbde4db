import * as iconv from 'iconv-lite';
import { detectInput, MAX_INPUT_BYTES } from './detect-input';
import { storedZip } from './testing/stored-zip';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const REPORT_LINE = '新乡市公安局2023年政府信息公开工作年度报告\n一、总体情况\n本年新收政府信息公开申请 57 件。\n';

describe('detectInput: containers from the bytes', () => {
  it('recognises a PDF by its header, even after a little leading junk', () => {
    expect(detectInput(utf8('%PDF-1.7\n...'))).toMatchObject({ ok: true, container: 'pdf' });
    expect(detectInput(utf8('\r\n\x00junk%PDF-1.4\n'))).toMatchObject({ ok: true, container: 'pdf' });
  });

  it('tells .docx from .xlsx by the zip entries, whatever the file is called', () => {
    expect(detectInput(storedZip({ '[Content_Types].xml': '<x/>', 'word/document.xml': '<w/>' }))).toMatchObject({ ok: true, container: 'docx' });
    expect(detectInput(storedZip({ '[Content_Types].xml': '<x/>', 'xl/workbook.xml': '<w/>' }))).toMatchObject({ ok: true, container: 'xlsx' });
  });

  it('refuses a zip that holds neither, naming what it looked for', () => {
    const r = detectInput(storedZip({ 'photos/a.jpg': 'x', 'readme.txt': 'y' }));
    expect(r).toMatchObject({ ok: false, code: 'zip_not_report' });
    expect(!r.ok && r.reason).toContain('word/document.xml');
  });

  it('refuses OpenDocument and PowerPoint zips with their own reasons', () => {
    expect(detectInput(storedZip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }))).toMatchObject({ code: 'unsupported_format' });
    expect(detectInput(storedZip({ 'ppt/presentation.xml': '<p/>' }))).toMatchObject({ code: 'zip_not_report' });
  });

  it('refuses a truncated zip as corrupt', () => {
    const zip = storedZip({ 'word/document.xml': '<w/>'.repeat(100) });
    expect(detectInput(zip.subarray(0, zip.length - 30))).toMatchObject({ ok: false, code: 'corrupt_zip' });
  });

  it('refuses legacy Word/Excel 97-2003 with the advice to save as .docx/.xlsx', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const r = detectInput(ole);
    expect(r).toMatchObject({ ok: false, code: 'legacy_office' });
    expect(!r.ok && r.reason).toMatch(/97-2003.*\.docx/);
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10]],
    ['GIF', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]],
  ])('refuses a %s image', (name, sig) => {
    const r = detectInput(new Uint8Array([...sig, 1, 2, 3, 4]));
    expect(r).toMatchObject({ ok: false, code: 'image' });
    expect(!r.ok && r.reason).toContain(name);
  });

  it('refuses empty and whitespace-only input', () => {
    expect(detectInput(new Uint8Array())).toMatchObject({ ok: false, code: 'empty' });
    expect(detectInput(utf8(' \n\t\r\n'))).toMatchObject({ ok: false, code: 'empty' });
  });

  it('refuses input above the size limit before reading it', () => {
    const big = new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x41);
    const started = performance.now();
    const r = detectInput(big);
    expect(r).toMatchObject({ ok: false, code: 'too_large' });
    expect(!r.ok && r.reason).toContain('20 MB');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses binary junk', () => {
    let seed = 7;
    const junk = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    expect(detectInput(junk)).toMatchObject({ ok: false, code: 'binary' });
  });
});

describe('detectInput: text kinds and encodings', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(detectInput(utf8(REPORT_LINE))).toMatchObject({ container: 'text', encoding: 'utf-8', text: REPORT_LINE });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(REPORT_LINE)]);
    expect(detectInput(bom)).toMatchObject({ container: 'text', encoding: 'utf-8', text: REPORT_LINE });
  });

  it('reads GBK/GB18030 text without any declaration', () => {
    const gbk = new Uint8Array(iconv.encode(REPORT_LINE, 'gbk'));
    expect(detectInput(gbk)).toMatchObject({ container: 'text', encoding: 'gb18030', text: REPORT_LINE });
  });

  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    const le = new Uint8Array(iconv.encode(REPORT_LINE, 'utf-16le', { addBOM: true }));
    const be = new Uint8Array(iconv.encode(REPORT_LINE, 'utf-16be', { addBOM: true }));
    expect(le[0]).toBe(0xff);
    expect(be[0]).toBe(0xfe);
    expect(detectInput(le)).toMatchObject({ encoding: 'utf-16le', text: REPORT_LINE });
    expect(detectInput(be)).toMatchObject({ encoding: 'utf-16be', text: REPORT_LINE });
  });

  it('reads UTF-16 LE and BE saved without a byte-order mark, by the side their ASCII characters put NULs on', () => {
    const text = `${REPORT_LINE}信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t3\n`;
    expect(detectInput(new Uint8Array(iconv.encode(text, 'utf-16le')))).toMatchObject({ container: 'text', encoding: 'utf-16le', text });
    expect(detectInput(new Uint8Array(iconv.encode(text, 'utf-16be')))).toMatchObject({ container: 'text', encoding: 'utf-16be', text });
  });

  it('refuses bytes whose NULs fall on both sides of the pairs', () => {
    const bytes = new Uint8Array(4000).map((_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 26)));
    expect(detectInput(bytes)).toMatchObject({ ok: false, code: 'binary' });
  });

  it('honours the charset an HTML page declares', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>${REPORT_LINE}</p></body></html>`;
    const r = detectInput(new Uint8Array(iconv.encode(page, 'gbk')));
    expect(r).toMatchObject({ container: 'html', encoding: 'gb18030' });
    expect(r.ok && 'text' in r && r.text).toContain('本年新收政府信息公开申请');
  });

  it('falls back from a wrong <meta charset=utf-8> to what the bytes are', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${REPORT_LINE}</body></html>`;
    const r = detectInput(new Uint8Array(iconv.encode(page, 'gbk')));
    expect(r).toMatchObject({ container: 'html', encoding: 'gb18030' });
  });

  it('tells HTML, Markdown and plain text apart', () => {
    expect(detectInput(utf8(`<!-- saved page -->\n<html><body>${REPORT_LINE}</body></html>`))).toMatchObject({ container: 'html' });
    expect(detectInput(utf8(`<table><tr><td>自然人</td></tr></table>`))).toMatchObject({ container: 'html' });
    expect(detectInput(utf8(`# 标题\n\n| 项目 | 数量 |\n| --- | --- |\n| 新收 | 57 |\n`))).toMatchObject({ container: 'markdown' });
    expect(detectInput(utf8(`# 标题\n\n信息内容\t本年制发件数\n规章\t0\n`))).toMatchObject({ container: 'text' });
  });
});
