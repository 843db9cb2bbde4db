import { cellLabel, emptyReport, getPath, isSignedKey, numericCellKeys, type CanonicalReport, type FormatVersion } from '@nianbao/report';
import ExcelJS from 'exceljs';
import { buildReportWorkbook } from '../render/render-xlsx';

/** The hidden sheet that maps every fillable cell to its canonical key. */
export const TEMPLATE_KEY_SHEET = 'keys';
const PLACEHOLDER_TITLE = '××（机关全称）20××年政府信息公开工作年度报告';

/**
 * The downloadable Excel template of the official format: one visible sheet laid out like the
 * published report (title, six sections, tables 二/三/四 with the official merged headers, empty
 * value cells that accept only whole numbers ≥ 0 — amounts may carry decimals), and a hidden sheet
 * `keys` listing key, 标签 and cell address for every fillable cell. A filled template is parsed
 * like any other workbook.
 */
export async function buildTemplate(format: Exclude<FormatVersion, 'pre2019'> = '2021'): Promise<Uint8Array> {
  const blank = { ...emptyReport(format), title: PLACEHOLDER_TITLE };
  const { workbook, sheet, addresses } = buildReportWorkbook(blank, { emptyProse: true });
  for (const key of numericCellKeys(format)) {
    const address = addresses.get(key);
    if (address) sheet.getCell(address).dataValidation = validationFor(key);
  }
  const keys = workbook.addWorksheet(TEMPLATE_KEY_SHEET, { state: 'hidden' });
  keys.columns = [
    { header: 'key', key: 'key', width: 48 },
    { header: '标签', key: 'label', width: 60 },
    { header: '单元格', key: 'address', width: 10 },
  ];
  for (const [key, address] of addresses) keys.addRow({ key, label: keyLabel(key), address });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function keyLabel(key: string): string {
  if (key === 'title') return '报告标题（机关全称 + 年度 + 年政府信息公开工作年度报告）';
  if (key === 'sections.overview') return '一、总体情况';
  if (key === 'sections.problems') return '五、存在的主要问题及改进情况';
  if (key === 'sections.other') return '六、其他需要报告的事项';
  return cellLabel(key);
}

function validationFor(key: string): ExcelJS.DataValidation {
  const amount = key === 'active.fees' || key.endsWith('.amount');
  const signed = isSignedKey(key);
  return {
    type: amount ? 'decimal' : 'whole',
    operator: signed ? 'between' : 'greaterThanOrEqual',
    formulae: signed ? [-1e9, 1e9] : [0],
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: '数值不符合要求',
    error: amount ? '请填写不小于 0 的金额（万元）' : signed ? '请填写整数' : '请填写不小于 0 的整数',
  };
}

/**
 * Writes a report into a template through its key sheet — what an agency does by hand, done by
 * code for demo data and round-trip tests.
 */
export async function fillTemplate(template: Uint8Array, report: CanonicalReport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template.buffer.slice(template.byteOffset, template.byteOffset + template.byteLength) as ArrayBuffer);
  const keys = workbook.getWorksheet(TEMPLATE_KEY_SHEET);
  const sheet = workbook.worksheets.find((w) => w.name !== TEMPLATE_KEY_SHEET);
  if (!keys || !sheet) throw new Error(`not a nianbao template: no "${TEMPLATE_KEY_SHEET}" sheet`);
  keys.eachRow((row, n) => {
    if (n === 1) return;
    const key = String(row.getCell(1).value);
    const target = sheet.getCell(String(row.getCell(3).value));
    if (key === 'title') target.value = report.title ?? `${report.agency.name ?? ''}${report.year ?? ''}年政府信息公开工作年度报告`;
    else if (key.startsWith('sections.')) target.value = (getPath(report, key) as string | null) ?? '';
    else {
      const v = getPath(report, key);
      target.value = typeof v === 'number' ? v : null;
    }
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
