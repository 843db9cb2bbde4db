import { PDFDocument } from 'pdf-lib';
import { storedZip } from './intake/testing/stored-zip';
import { parseDocument, type ParseOutcome } from './parse-document';
import { renderDocx, renderHtml, renderXlsx } from './render';
import { seedReport } from './render/testing/seed-report';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Every hostile input must end in a refusal with a one-line reason, quickly, without throwing. */
async function refused(bytes: Uint8Array, budgetMs = 5000): Promise<Extract<ParseOutcome, { ok: false }>> {
  const started = performance.now();
  const outcome = await parseDocument(bytes);
  const took = performance.now() - started;
  if (outcome.ok) throw new Error('a hostile input was accepted as a report');
  expect(outcome.reason).not.toMatch(/\n/);
  expect(outcome.reason.length).toBeGreaterThan(3);
  expect(took).toBeLessThan(budgetMs);
  return outcome;
}

describe('parseDocument on hostile input', () => {
  it('an empty file', async () => {
    expect(await refused(new Uint8Array())).toMatchObject({ code: 'empty' });
  });

  it('binary junk', async () => {
    let seed = 42;
    const junk = Uint8Array.from({ length: 64 * 1024 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 8 & 0xff);
    expect(await refused(junk)).toMatchObject({ code: 'binary' });
  });

  it('a 30 MB text', async () => {
    const line = utf8('本年新收政府信息公开申请数量\t57\t0\t0\t0\t0\t0\t57\n');
    const big = new Uint8Array(30 * 1024 * 1024);
    for (let at = 0; at + line.length <= big.length; at += line.length) big.set(line, at);
    expect(await refused(big, 1000)).toMatchObject({ code: 'too_large' });
  });

  it('a .docx that is a renamed zip of something else', async () => {
    const zip = storedZip({ 'IMG_0001.jpg': 'not really a photo', 'notes.txt': '年度报告' });
    expect(await refused(zip)).toMatchObject({ code: 'zip_not_report' });
  });

  it('a truncated .docx, .xlsx and PDF', async () => {
    const docx = await renderDocx(seedReport());
    const xlsx = await renderXlsx(seedReport());
    expect(await refused(docx.subarray(0, Math.floor(docx.length / 2)))).toMatchObject({ code: 'corrupt_zip' });
    expect(await refused(xlsx.subarray(0, xlsx.length - 10))).toMatchObject({ code: 'corrupt_zip' });
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('2023 annual report');
    const bytes = await pdf.save({ useObjectStreams: false });
    const cut = await refused(bytes.subarray(0, 200));
    expect(['corrupt_document', 'no_text_layer']).toContain(cut.code);
  });

  it('a zip whose document entry is damaged (valid directory, garbage inside)', async () => {
    const fake = storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '\u0000\u0001 not xml' });
    expect(await refused(fake)).toMatchObject({ code: 'corrupt_document', container: 'docx' });
  });

  it('a PDF without a text layer', async () => {
    const pdf = await PDFDocument.create();
    for (let i = 0; i < 2; i++) pdf.addPage().drawRectangle({ x: 40, y: 40, width: 300, height: 500 });
    const outcome = await refused(await pdf.save());
    expect(outcome).toMatchObject({ code: 'no_text_layer', container: 'pdf' });
    expect(outcome.reason).toContain('扫描件');
  });

  it('deeply nested HTML', async () => {
    const depth = 100_000;
    const html = `<html><body>${'<div>'.repeat(depth)}本年新收政府信息公开申请数量 57${'</div>'.repeat(depth)}</body></html>`;
    const outcome = await refused(utf8(html), 10_000);
    expect(outcome.container).toBe('html');
  });

  it('an image, legacy Word and an RTF file', async () => {
    expect(await refused(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toMatchObject({ code: 'image' });
    expect(await refused(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatchObject({ code: 'legacy_office' });
    expect(await refused(utf8('{\\rtf1\\ansi 年度报告}'))).toMatchObject({ code: 'unsupported_format' });
  });

  it('a readable document that is not a report', async () => {
    expect(await refused(utf8('会议纪要\n今天讨论了午餐安排。\n'))).toMatchObject({ code: 'not_recognized', container: 'text' });
  });
});

describe('parseDocument on good input', () => {
  it('names the container and the encoding it read', async () => {
    const outcome = await parseDocument(utf8(renderHtml(seedReport())));
    expect(outcome).toMatchObject({ ok: true, container: 'html', encoding: 'utf-8' });
  });
});
