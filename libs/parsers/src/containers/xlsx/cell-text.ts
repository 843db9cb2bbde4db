import type { CellValue as ExcelValue } from 'exceljs';

/**
 * The text a reader sees in an Excel cell: a formula shows its cached result, a number shows at
 * most 15 significant digits as Excel does (so 0.1+0.2 reads 0.3, and 9486.7475 keeps its digits).
 */
export function excelCellText(value: ExcelValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return 'result' in value && value.result !== undefined ? excelCellText(value.result as ExcelValue) : '';
  if ('error' in value) return String(value.error);
  if ('text' in value) return excelCellText(value.text as ExcelValue);
  return '';
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}
