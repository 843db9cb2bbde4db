import {
  ACTIVE_2019,
  ACTIVE_2021,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS_2019,
  APPLICATION_ROWS_2021,
  DISPUTE_GROUPS,
  DISPUTE_OUTCOMES,
} from './keys';

const SHORT_ROW_LABELS: Record<string, string> = {
  newReceived: '本年新收',
  carriedOver: '上年结转',
  granted: '予以公开',
  partiallyGranted: '部分公开',
  totalProcessed: '办理结果总计',
  carriedForward: '结转下年度',
  'otherHandling.total': '其他处理',
};

function rowLabel(rowKey: string): string {
  const short = SHORT_ROW_LABELS[rowKey];
  if (short) return short;
  const def = [...APPLICATION_ROWS_2021, ...APPLICATION_ROWS_2019].find((r) => r.key === rowKey);
  if (!def) return rowKey;
  const group = def.group?.replace(/^（.）/, '') ?? '';
  return `${group}${def.label.replace(/^\d\./, '·')}`;
}

/** The official Chinese name of a cell, as messages and exports show it (e.g. 表三 自然人 · 本年新收). */
export function cellLabel(key: string): string {
  const parts = key.split('.');
  if (parts[0] === 'applications') {
    const col = parts[parts.length - 1] as string;
    const colLabel = APPLICANT_COLUMNS.find((c) => c.key === col)?.label ?? col;
    return `表三 ${colLabel === '其他' ? '法人或其他组织·其他' : colLabel} · ${rowLabel(parts.slice(1, -1).join('.'))}`;
  }
  if (parts[0] === 'disputes') {
    const g = DISPUTE_GROUPS.find((d) => d.key === parts[1])?.label ?? parts[1];
    const o = DISPUTE_OUTCOMES.find((d) => d.key === parts[2])?.label ?? parts[2];
    return `表四 ${g} · ${o}`;
  }
  const active = [...ACTIVE_2021, ...ACTIVE_2019].find((d) => d.key === key);
  if (active) return `表二 ${active.label}`;
  return key;
}

export function columnLabel(col: string): string {
  return APPLICANT_COLUMNS.find((c) => c.key === col)?.label ?? col;
}

export { rowLabel };
