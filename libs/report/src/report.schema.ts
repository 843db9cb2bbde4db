import { z } from 'zod';
import { getPath } from './access';
import { numericCellKeys } from './keys';
import type { CanonicalReport } from './types';

const proseSection = z.string().nullable().optional().transform((v) => v ?? null);

const envelope = z.object({
  agency: z.object({ name: z.string().trim().min(1).max(200) }),
  year: z.number().int(),
  formatVersion: z.enum(['2021', '2019']),
  title: z.string().max(500).nullable().optional(),
  sections: z
    .object({ overview: proseSection, problems: proseSection, other: proseSection })
    .strict()
    .default({ overview: null, problems: null, other: null }),
  outline: z.record(z.string(), z.boolean()).optional(),
  active: z.unknown().optional(),
  active2019: z.unknown().optional(),
  applications: z.unknown().optional(),
  disputes: z.unknown().optional(),
});

/** Lists every leaf of a nested object as a dotted key. */
function leafKeys(obj: unknown, prefix: string): string[] {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return [prefix];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => leafKeys(v, `${prefix}.${k}`));
}

/**
 * A canonical report submitted as JSON. The envelope is checked by zod; each table cell must be a
 * finite number or null, and a key the spec does not name is refused, so that a typo is a 400 and
 * not a silently empty cell. Wrong figures are not refused here: the rules report them.
 */
export const canonicalReportSchema = envelope.superRefine((value, ctx) => {
  const allowed = new Set(numericCellKeys(value.formatVersion));
  for (const group of ['active', 'active2019', 'applications', 'disputes'] as const) {
    const tree = value[group];
    if (tree === undefined) continue;
    for (const key of leafKeys(tree, group)) {
      if (!allowed.has(key)) {
        ctx.addIssue({ code: 'custom', path: key.split('.'), message: `unknown cell key for format ${value.formatVersion}: ${key}` });
        continue;
      }
      const v = getPath(value, key);
      if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) {
        ctx.addIssue({ code: 'custom', path: key.split('.'), message: `${key} must be a number or null` });
      }
    }
  }
});

export function parseCanonicalReport(input: unknown): { ok: true; report: CanonicalReport } | { ok: false; errors: string[] } {
  const r = canonicalReportSchema.safeParse(input);
  if (r.success) return { ok: true, report: r.data as CanonicalReport };
  return { ok: false, errors: r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
}
