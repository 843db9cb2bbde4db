import { PDFDocument } from 'pdf-lib';
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
  it('accepts a Node Buffer, as files are read, and leaves the caller’s bytes intact', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('2023');
    const bytes = Buffer.from(await pdf.save());
    const before = bytes.length;
    expect(await pdfToDocument(bytes)).toMatchObject({ ok: true });
    expect(bytes.length).toBe(before);
  });
});
