import type { CanonicalReport, CellValue } from './types';

/** Reads a dotted key (`applications.granted.total`); undefined when a level is missing. */
export function getPath(obj: unknown, key: string): unknown {
  let cur: unknown = obj;
  for (const part of key.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Writes a dotted key, creating the levels it needs. */
export function setPath(obj: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let cur = obj;
  for (const part of parts.slice(0, -1)) {
    const next = cur[part];
    if (next === null || typeof next !== 'object') cur[part] = {};
    cur = cur[part] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1] as string] = value;
}

/** The numeric value of a cell key, null when blank, n/a, unreadable or absent. */
export function cellValue(report: CanonicalReport, key: string): CellValue {
  const v = getPath(report, key);
  return typeof v === 'number' ? v : null;
}

export function emptyReport(formatVersion: CanonicalReport['formatVersion']): CanonicalReport {
  return {
    agency: { name: null },
    year: null,
    formatVersion,
    sections: { overview: null, problems: null, other: null },
  };
}
