import { Document, ExternalHyperlink, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, DeletedTextRun, InsertedTextRun } from 'docx';
import mammoth from 'mammoth';
import type { DocumentModel } from '../../document/document-model';
import { renderDocx } from '../../render';
import { distinctReport } from '../../render/testing/distinct-report';
import { htmlToDocument } from '../html';
import { docxToDocument } from './docx-to-document';

const shape = (doc: DocumentModel): string[] =>
  doc.blocks.map((b) => (b.type === 'text' ? `T ${b.text}` : `G ${JSON.stringify(b.grid.map((row) => row.map((c) => `${c.merged ? '^' : ''}${c.text}`)))}`));

/** mammoth → HTML → the HTML container: the reference a direct reading must agree with. */
async function throughMammoth(bytes: Uint8Array): Promise<DocumentModel> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return htmlToDocument(value);
}

const cell = (text: string, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}): TableCell => new TableCell({ children: [new Paragraph(text)], ...extra });

describe('docxToDocument', () => {
  it.each(['2021', '2019'] as const)('reads a rendered %s report exactly as mammoth + the HTML container do', async (format) => {
    const bytes = await renderDocx(distinctReport(format));
    const direct = docxToDocument(bytes);
    expect(direct.container).toBe('docx');
    expect(shape(direct)).toEqual(shape(await throughMammoth(bytes)));
  });

  it('expands gridSpan and vMerge runs, and names the master as the source of covered cells', async () => {
    const table = new Table({
      rows: [
        new TableRow({ children: [cell('三、本年度办理结果', { verticalMerge: VerticalMergeType.RESTART }), cell('（一）予以公开', { columnSpan: 2 }), cell('25')] }),
        new TableRow({ children: [cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('（三）不予公开'), cell('1.属于国家秘密'), cell('0')] }),
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('表三'), table] }] })));
    const doc = docxToDocument(bytes);
    const grid = doc.blocks[1]?.type === 'table' ? doc.blocks[1].grid : [];
    expect(grid.map((row) => row.map((c) => c.text))).toEqual([
      ['三、本年度办理结果', '（一）予以公开', '（一）予以公开', '25'],
      ['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密', '0'],
    ]);
    expect(grid[1]?.[0]).toMatchObject({ merged: true, source: grid[0]?.[0]?.source });
    expect(shape(doc)).toEqual(shape(await throughMammoth(bytes)));
  });

  it('reads hyperlinks, tracked insertions and line breaks, and drops tracked deletions', async () => {
    const paragraph = new Paragraph({
      children: [
        new TextRun('共收到申请'),
        new InsertedTextRun({ text: '57', id: 1, author: 'a', date: '2024-01-01T00:00:00Z' }),
        new DeletedTextRun({ text: '75', id: 2, author: 'a', date: '2024-01-01T00:00:00Z' }),
        new TextRun('件，详见'),
        new ExternalHyperlink({ link: 'https://example.gov.cn', children: [new TextRun('公开平台')] }),
        new TextRun({ text: '第二行', break: 1 }),
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [paragraph] }] })));
    expect(shape(docxToDocument(bytes))).toEqual(['T 共收到申请57件，详见公开平台', 'T 第二行']);
  });

  it('fails with a readable message on an archive without word/document.xml', () => {
    expect(() => docxToDocument(new TextEncoder().encode('PK not really'))).toThrow(/压缩文件目录/);
  });
});
