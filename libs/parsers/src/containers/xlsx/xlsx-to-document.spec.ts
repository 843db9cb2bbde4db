import ExcelJS from 'exceljs';
import { storedZip } from '../../intake/testing/stored-zip';
import { xlsxToDocument } from './xlsx-to-document';

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const THIN = { style: 'thin' } as const;
const border = (cell: ExcelJS.Cell): void => {
  cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
};

describe('xlsxToDocument', () => {
  it('expands merged ranges, naming the master as the source of every covered position', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('表三');
      ws.getCell('A1').value = '申请人情况';
      ws.mergeCells('A1:C1');
      ws.getCell('A2').value = '三、本年度办理结果';
      ws.mergeCells('A2:A3');
      ws.getCell('B2').value = 25;
      ws.getCell('C2').value = 0;
      ws.getCell('B3').value = 3;
      ws.getCell('C3').value = 0;
    });
    const doc = xlsxToDocument(bytes);
    expect(doc.container).toBe('xlsx');
    const table = doc.blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.grid.map((row) => row.map((c) => c.text))).toEqual([
      ['申请人情况', '申请人情况', '申请人情况'],
      ['三、本年度办理结果', '25', '0'],
      ['三、本年度办理结果', '3', '0'],
    ]);
    expect(table.grid.map((row) => row.map((c) => Boolean(c.merged)))).toEqual([
      [false, true, true],
      [false, false, false],
      [true, false, false],
    ]);
    expect(table.grid[2]?.[0]?.source).toEqual({ type: 'table', table: 0, row: 2, cell: 1, sheet: '表三' });
    expect(table.grid[2]?.[1]?.source).toEqual({ type: 'table', table: 0, row: 3, cell: 2, sheet: '表三' });
  });

  it('reads formula results, decimals and rich text as a reader sees them', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('a');
      ws.getCell('A1').value = '行政事业性收费';
      ws.getCell('B1').value = 9486.7475;
      ws.getCell('A2').value = '总计';
      ws.getCell('B2').value = { formula: 'SUM(B1:B3)' } as ExcelJS.CellFormulaValue;
      ws.getCell('A3').value = { richText: [{ text: '行政' }, { text: '许可', font: { bold: true } }] };
      ws.getCell('B3').value = { formula: 'B1*0+0.1+0.2', result: 0.1 + 0.2 };
    });
    const doc = xlsxToDocument(bytes);
    const table = doc.blocks[0];
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.grid.map((row) => row.map((c) => c.text))).toEqual([
      ['行政事业性收费', '9486.7475'],
      // A formula never calculated has no result: blank, not a made-up zero. The row stays in the
      // table although only its label is filled, because table rows lie on both sides of it.
      ['总计', ''],
      ['行政许可', '0.3'],
    ]);
  });

  it('reads single unbordered cells as prose, line by line, and keeps an empty bordered row in its table', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('报告');
      ws.getCell('A1').value = '某局2023年政府信息公开工作年度报告';
      ws.getCell('A2').value = '一、总体情况\n全年主动公开信息 12 条。';
      for (const a of ['A4', 'B4', 'A5', 'B5', 'A6', 'B6']) border(ws.getCell(a));
      ws.getCell('A4').value = '信息内容';
      ws.getCell('B4').value = '本年制发件数';
      ws.getCell('A5').value = '规章';
      ws.getCell('A6').value = '行政规范性文件';
      ws.getCell('B6').value = 2;
      wb.addWorksheet('hidden', { state: 'hidden' }).getCell('A1').value = '不应读到';
    });
    const doc = xlsxToDocument(bytes);
    expect(doc.blocks.map((b) => (b.type === 'text' ? b.text : `table×${b.grid.length}`))).toEqual([
      '某局2023年政府信息公开工作年度报告',
      '一、总体情况',
      '全年主动公开信息 12 条。',
      'table×3',
    ]);
  });

  it('reads dates as ISO dates and booleans as Excel shows them', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('a');
      ws.getCell('A1').value = '公开日期';
      ws.getCell('B1').value = new Date(Date.UTC(2024, 0, 17));
      ws.getCell('A2').value = '已公开';
      ws.getCell('B2').value = true;
    });
    const table = xlsxToDocument(bytes).blocks[0];
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.grid.map((row) => row.map((c) => c.text))).toEqual([
      ['公开日期', '2024-01-17'],
      ['已公开', 'TRUE'],
    ]);
  });

  it('reads a minimal workbook of other generators: inline strings, no styles, no shared strings', () => {
    const sheet = `<worksheet><sheetData>
      <row r="2"><c r="B2" t="inlineStr"><is><t>规章</t></is></c><c r="C2"><v>3</v></c></row>
      <row r="3"><c r="B3" t="inlineStr"><is><r><t>行政</t></r><r><t>规范性文件</t></r></is></c><c r="C3"><v>0.30000000000000004</v></c></row>
    </sheetData><mergeCells count="0"/></worksheet>`;
    const bytes = storedZip({
      'xl/workbook.xml': '<workbook><sheets><sheet name="表二" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': sheet,
    });
    const table = xlsxToDocument(bytes).blocks[0];
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.grid.map((row) => row.map((c) => c.text))).toEqual([
      ['规章', '3'],
      ['行政规范性文件', '0.3'],
    ]);
    expect(table.grid[1]?.[1]?.source).toEqual({ type: 'table', table: 0, row: 3, cell: 3, sheet: '表二' });
  });

  it('fails with a readable message on bytes that are not a workbook', () => {
    expect(() => xlsxToDocument(new TextEncoder().encode('not a zip'))).toThrow(/压缩文件目录/);
  });
});
