import { APPLICANT_COLUMNS, applicationRows, type FormatVersion } from '@nianbao/report';
import type { CellSink } from './cell-sink';
import { fitValues, isValueLike, type RowCell, type SplitRow } from './row-cells';

type Group = 'withheld' | 'unavailable' | 'notProcessed' | 'otherHandling';

const GROUPS: [Group, RegExp][] = [
  ['withheld', /不予公开/],
  ['unavailable', /无法提供/],
  ['notProcessed', /不予处理/],
  ['otherHandling', /其他处理/],
];

/** Row labels by their telling words, so that numbering, brackets and truncation do not matter. */
const ITEMS: [string, RegExp][] = [
  ['newReceived', /本年新收/],
  ['carriedOver', /上年结转/],
  ['partiallyGranted', /部分公开/],
  ['granted', /予以公开/],
  ['withheld.stateSecret', /国家秘密/],
  ['withheld.lawForbidden', /禁止公开/],
  ['withheld.endangersSafety', /三安全一稳定/],
  ['withheld.thirdPartyRights', /第三方合法权益/],
  ['withheld.internalAffairs', /内部事务/],
  ['withheld.processInfo', /过程性信息/],
  ['withheld.enforcementFile', /行政执法案卷/],
  ['withheld.administrativeQuery', /行政查询事项/],
  ['unavailable.notHeld', /不掌握/],
  ['unavailable.needsCreation', /另行制作/],
  ['unavailable.unclearAfterCorrection', /补正后|仍不明确/],
  ['notProcessed.petition', /信访|举报投诉/],
  ['notProcessed.duplicate', /重复申请/],
  ['notProcessed.publication', /公开出版物/],
  ['notProcessed.massRepeated', /大量反复/],
  ['notProcessed.confirmation', /重新出具|确认或/],
  ['otherHandling.overdueCorrection', /逾期不补正/],
  ['otherHandling.overdueFee', /收费通知|缴纳费用/],
  ['carriedForward', /结转下年/],
  ['totalProcessed', /^(?:\(七\)|七、)/],
];
// "3.其他", "3、其他", "(3)其他", "3)其他", "③其他": the numbering of the item is not trusted, only its word.
const OTHER_ITEM = /^(?:\(\d\)|\d[.、)]|[①-⑳])?其他$/;
// A bare "总计" is also a header word: it names the （七） row only once the body has begun.
const BARE_TOTAL = /^总计$/;

const COLUMN_WIDTH = APPLICANT_COLUMNS.length;

// Row labels repeat from report to report: each distinct label is matched against the 24 item
// patterns once, not on every row of every recognition.
const ITEM_CACHE_LIMIT = 20_000;
const itemCache = new Map<string, string | null>();

/** The row key whose telling word a label holds (the first in ITEMS order), or null. */
function itemOf(norm: string): string | null {
  let item = itemCache.get(norm);
  if (item === undefined) {
    item = ITEMS.find(([, re]) => re.test(norm))?.[0] ?? null;
    if (itemCache.size >= ITEM_CACHE_LIMIT) itemCache.clear();
    itemCache.set(norm, item);
  }
  return item;
}

const ROW_CELL_KEYS = new Map<string, string[]>();

/** The seven cell keys of a row, built once per row key (recognition runs thousands of times a second). */
function cellKeysOfRow(rowKey: string): string[] {
  let keys = ROW_CELL_KEYS.get(rowKey);
  if (!keys) {
    keys = APPLICANT_COLUMNS.map((c) => `applications.${rowKey}.${c.key}`);
    ROW_CELL_KEYS.set(rowKey, keys);
  }
  return keys;
}

interface RowMatch {
  key: string | null;
  group: Group | null;
  /** Index in `row.cells` of the label that named the row: the value cells follow it. */
  at: number;
}

/** A header row names columns: every cell after its matched word is text too ("予以公开 | 部分公开 | 总计"). */
function isHeaderRow(row: SplitRow, at: number, bare: boolean): boolean {
  const after = row.cells.slice(at + 1);
  if (after.length === 0) return bare;
  return after.every((c) => c.norm !== '' && !isValueLike(c.norm));
}

/**
 * The row key a row's labels name, given the group the previous rows opened; null for a non-data row.
 * A row under a lost group heading ("3.其他" after （六）2) takes its group from the row before it.
 */
function rowKey(row: SplitRow, previous: RowMatch, format: FormatVersion, inBody: boolean): RowMatch {
  let current = previous.key?.startsWith('otherHandling.') ? 'otherHandling' : previous.group;
  for (const label of row.labels) {
    const g = GROUPS.find(([, re]) => re.test(label.norm));
    if (g && itemOf(label.norm) === null) current = g[0];
    else if (/本年度办理结果/.test(label.norm)) current = null;
  }
  const found = (key: string, at: number, bare = false): RowMatch =>
    isHeaderRow(row, at, bare) ? { key: null, group: current, at: -1 } : { key, group: current, at };
  // The most specific label is the rightmost one; a word written in a value cell matches no label.
  for (let i = row.cells.length - 1; i >= 0; i--) {
    const norm = (row.cells[i] as RowCell).norm;
    if (isValueLike(norm)) continue;
    const item = itemOf(norm);
    if (item !== null) return found(item, i);
    if (OTHER_ITEM.test(norm) && current === 'otherHandling') return found('otherHandling.other', i);
    if (BARE_TOTAL.test(norm) && inBody) return found('totalProcessed', i, true);
  }
  if (current === 'otherHandling' && format === '2019') {
    const at = row.cells.findLastIndex((c) => /其他处理/.test(c.norm));
    if (at !== -1) return found('otherHandling.total', at);
  }
  return { key: null, group: current, at: -1 };
}

const APPLICANT_WORDS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
const COLUMN_WORDS = [...APPLICANT_WORDS, '总计'];
const STANDARD_ORDER = COLUMN_WORDS.map((_, i) => i);
const ORG_GROUP = '法人或其他组织';
const ORG_COLUMNS = [1, 2, 3, 4, 5];

/**
 * The column order one header row prints, as indexes into the standard order, when that row names all
 * seven columns in cells of their own (a grid's last header row, where rowspans repeat 自然人 and 总计
 * in their places), or 自然人, 法人或其他组织 and 总计 (the middle header row, as flattened text keeps it).
 */
function columnOrderOf(row: SplitRow): number[] | null {
  const order: number[] = [];
  const words = row.cells.map((c) => (c.norm === '合计' ? '总计' : c.norm));
  const orgsNamed = ORG_COLUMNS.some((i) => words.includes(COLUMN_WORDS[i] as string));
  for (const word of words) {
    // A flattened header names the five organisation columns by their group: they stand where it stands.
    const found = word === ORG_GROUP && !orgsNamed ? ORG_COLUMNS : [COLUMN_WORDS.indexOf(word)];
    for (const i of found) if (i !== -1 && !order.includes(i)) order.push(i);
  }
  return order.length === COLUMN_WORDS.length ? order : null;
}

/**
 * Confirms that the header names the seven applicant columns, the six applicant columns in the
 * official order (总计 spans the header rows, so flattened headers may print it first).
 */
function checkHeader(headerText: string, sink: CellSink): void {
  let at = 0;
  const missing: string[] = [];
  for (const word of APPLICANT_WORDS) {
    const i = headerText.indexOf(word, at);
    if (i === -1) missing.push(word);
    else at = i + word.length;
  }
  // Some agencies head the 总计 column 合计.
  if (!headerText.includes('总计') && !headerText.includes('合计')) missing.push('总计');
  if (missing.length > 0) {
    sink.report('PARSE.header', 'warning', [], `表三表头未按标准顺序列出：${missing.join('、')}；数值按标准列序（自然人…总计）自右向左读取`);
  }
}

/**
 * Table 三 by its row labels: each data row's last seven value cells are, in order, 自然人, 商业企业,
 * 科研机构, 社会公益组织, 法律服务机构, 其他, 总计 — or in the order a header row prints all seven
 * (some agencies put 总计 first).
 */
export function readApplications(rows: SplitRow[], format: FormatVersion, sink: CellSink): void {
  const expected = new Set(applicationRows(format).map((r) => r.key));
  let previous: RowMatch = { key: null, group: null, at: -1 };
  let header = '';
  let inBody = false;
  let order = STANDARD_ORDER;
  for (const row of rows) {
    const found = rowKey(row, previous, format, inBody);
    previous = found.key === null ? { ...previous, group: found.group } : found;
    if (found.key === null || !expected.has(found.key)) {
      if (!inBody) {
        header += row.cells.map((c) => c.norm).join('|');
        order = columnOrderOf(row) ?? order;
      }
      continue;
    }
    if (!inBody) checkHeader(header, sink);
    inBody = true;
    const keys = cellKeysOfRow(found.key);
    const cells = row.cells.slice(found.at + 1);
    const values = fitValues(cells, COLUMN_WIDTH, row.rectangular);
    if (!values) {
      const label = row.cells[found.at] as RowCell;
      sink.report('PARSE.shortRow', 'error', keys, `表三「${label.raw}」行只有 ${cells.length} 个数值单元格，应为 ${COLUMN_WIDTH} 个，无法确定各列`, label.source);
      continue;
    }
    values.forEach((cell, i) => sink.read(keys[order[i] as number] as string, cell, { unit: '件' }));
  }
}
