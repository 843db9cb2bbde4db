import { numericCellKeys } from '@nianbao/report';
import ExcelJS from 'exceljs';
import { parseDocument } from '../parse-document';
import { distinctReport } from '../render/testing/distinct-report';
import { figures } from '../render/testing/figures';
import { buildTemplate, fillTemplate, TEMPLATE_KEY_SHEET } from './official-template';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

describe('the official Excel template', () => {
  it.each(['2021', '2019'] as const)('%s: a hidden key sheet names every figure of the format, each at an empty cell', async (format) => {
    const wb = await load(await buildTemplate(format));
    const keys = wb.getWorksheet(TEMPLATE_KEY_SHEET);
    expect(keys?.state).toBe('hidden');
    const sheet = wb.worksheets.find((w) => w.name !== TEMPLATE_KEY_SHEET);
    const rows: { key: string; label: string; address: string }[] = [];
    keys?.eachRow((row, n) => {
      if (n > 1) rows.push({ key: String(row.getCell(1).value), label: String(row.getCell(2).value), address: String(row.getCell(3).value) });
    });
    expect(rows.map((r) => r.key).filter((k) => !k.startsWith('sections.') && k !== 'title').sort()).toEqual([...numericCellKeys(format)].sort());
    expect(rows.map((r) => r.key)).toEqual(expect.arrayContaining(['title', 'sections.overview', 'sections.problems', 'sections.other']));
    for (const r of rows.filter((x) => x.key.includes('.') && !x.key.startsWith('sections.'))) {
      expect(sheet?.getCell(r.address).value ?? null).toBeNull();
      expect(r.label).toMatch(/^表[二三四]/);
    }
  });

  it('shows the official Chinese headers and refuses negative counts', async () => {
    const wb = await load(await buildTemplate());
    const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toEqual(expect.arrayContaining(['申请人情况', '法人或其他组织', '商业企业', '三、本年度办理结果', '（七）总计', '行政复议', '未经复议直接起诉', '本年收费金额（单位：万元）']));
    const keys = wb.getWorksheet(TEMPLATE_KEY_SHEET) as ExcelJS.Worksheet;
    let grantedAddress = '';
    keys.eachRow((row) => {
      if (row.getCell(1).value === 'applications.granted.total') grantedAddress = String(row.getCell(3).value);
    });
    expect(sheet.getCell(grantedAddress).dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
  });

  it('an unfilled template is not taken for a report with figures', async () => {
    const outcome = await parseDocument(await buildTemplate());
    if (outcome.ok) {
      expect(outcome.result.report.agency.name ?? '').not.toMatch(/局|委|政府/);
      expect(Object.values(figures(outcome.result.report)).filter((v) => typeof v === 'number')).toEqual([]);
    } else {
      expect(outcome.code).toBe('not_recognized');
    }
  });

  it.each(['2021', '2019'] as const)('%s: filled and parsed, it returns the same report', async (format) => {
    const report = distinctReport(format);
    const outcome = await parseDocument(await fillTemplate(await buildTemplate(format), report));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(figures(outcome.result.report)).toEqual(figures(report));
  });
});
