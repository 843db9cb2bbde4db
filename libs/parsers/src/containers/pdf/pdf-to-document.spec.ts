import { PDFDocument, PDFHexString, StandardFonts } from 'pdf-lib';
import { pdfToDocument } from './pdf-to-document';

describe('pdfToDocument', () => {
  it('refuses a PDF whose pages carry no text (a scan)', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawRectangle({ x: 50, y: 50, width: 200, height: 100 });
    const read = await pdfToDocument(await pdf.save());
    expect(read).toMatchObject({ ok: false, code: 'no_text_layer' });
  });
});

describe('pdfToDocument input', () => {
  it('refuses a password-protected PDF with its own reason', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('2023');
    // A standard security handler whose user password is not empty: the file cannot be opened.
    const ctx = pdf.context;
    ctx.trailerInfo.Encrypt = ctx.register(ctx.obj({ Filter: 'Standard', V: 1, R: 2, O: PDFHexString.of('11'.repeat(32)), U: PDFHexString.of('22'.repeat(32)), P: -4 }));
    ctx.trailerInfo.ID = ctx.obj([PDFHexString.of('33'.repeat(16)), PDFHexString.of('33'.repeat(16))]);
    const read = await pdfToDocument(await pdf.save({ useObjectStreams: false }));
    expect(read).toMatchObject({ ok: false, code: 'unsupported_format' });
    expect(!read.ok && read.reason).toContain('加密');
  });

  it('gives up on a PDF that takes longer than its time budget, saying how far it got', async () => {
    const pdf = await PDFDocument.create();
    for (let i = 0; i < 3; i++) pdf.addPage().drawText(`page ${i + 1}`);
    const read = await pdfToDocument(await pdf.save(), { timeBudgetMs: 0 });
    expect(read).toMatchObject({ ok: false, code: 'corrupt_document' });
    expect(!read.ok && read.reason).toMatch(/超时.*\/3 页/);
  });

  it('accepts a Node Buffer, as files are read, and leaves the caller’s bytes intact', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('2023');
    const bytes = Buffer.from(await pdf.save());
    const before = bytes.length;
    expect(await pdfToDocument(bytes)).toMatchObject({ ok: true });
    expect(bytes.length).toBe(before);
  });
});

describe('pdfToDocument: tables ruled with stroked lines, as Word and WPS print them', () => {
  it('rebuilds cells from the lines, merging where an inner line is missing', async () => {
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([400, 400]);
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const xs = [50, 150, 250, 350];
    const ys = [350, 320, 290, 260];
    for (const y of ys) page.drawLine({ start: { x: xs[0] as number, y }, end: { x: xs[3] as number, y }, thickness: 0.5 });
    for (const x of xs) {
      // The line between the first two columns stops below the header row: "Total" spans them.
      const top = x === 150 ? (ys[1] as number) : (ys[0] as number);
      page.drawLine({ start: { x, y: top }, end: { x, y: ys[3] as number }, thickness: 0.5 });
    }
    const put = (text: string, col: number, row: number): void => page.drawText(text, { x: (xs[col] as number) + 5, y: (ys[row] as number) - 20, size: 10, font });
    put('Total', 0, 0);
    put('2024', 2, 0);
    put('new', 0, 1);
    put('57', 1, 1);
    put('3', 2, 1);
    put('carried', 0, 2);
    put('0', 1, 2);
    put('1', 2, 2);
    page.drawText('Annual report 2024', { x: 50, y: 370, size: 12, font });

    const read = await pdfToDocument(await pdf.save());
    if (!read.ok) throw new Error(read.reason);
    expect(read.doc.blocks.map((b) => b.type)).toEqual(['text', 'table']);
    const table = read.doc.blocks[1];
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.grid.map((row) => row.map((c) => c.text))).toEqual([
      ['Total', 'Total', '2024'],
      ['new', '57', '3'],
      ['carried', '0', '1'],
    ]);
    expect(table.grid[0]?.[1]).toMatchObject({ merged: true, source: { type: 'table', row: 1, cell: 1, page: 1 } });
  });
});
