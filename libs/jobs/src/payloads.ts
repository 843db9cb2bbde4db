import { z } from 'zod';
import { JOBS } from './queues';

const correlationId = z.string().min(1).max(100);

/** Each payload names its schema version `v`; a worker refuses a version it does not know. */
export const ingestPayloadSchema = z.object({
  v: z.literal(1),
  submissionId: z.string().uuid(),
  correlationId,
});

export const reconcilePayloadSchema = z.object({ v: z.literal(1) });

/** Cross-report checks (X.*) for one agency around one year. */
export const crossCheckPayloadSchema = z.object({
  v: z.literal(1),
  agencyId: z.string().uuid(),
  year: z.number().int(),
  correlationId,
});

export const crossSweepPayloadSchema = z.object({ v: z.literal(1) });

/** Re-run every single-report rule on the current report versions, recording progress in a job run. */
export const revalidateAllPayloadSchema = z.object({
  v: z.literal(1),
  rulesetVersion: z.string().min(1),
  correlationId,
});

export const JOB_PAYLOAD_SCHEMAS = {
  [JOBS.ingest.name]: ingestPayloadSchema,
  [JOBS.reconcile.name]: reconcilePayloadSchema,
  [JOBS.crossCheck.name]: crossCheckPayloadSchema,
  [JOBS.crossSweep.name]: crossSweepPayloadSchema,
  [JOBS.revalidateAll.name]: revalidateAllPayloadSchema,
} as const;

/** The one typed map of job name → payload. */
export type JobPayloads = { [N in keyof typeof JOB_PAYLOAD_SCHEMAS]: z.infer<(typeof JOB_PAYLOAD_SCHEMAS)[N]> };
export type JobName = keyof JobPayloads;
export type IngestPayload = JobPayloads['ingest'];
export type CrossCheckPayload = JobPayloads['cross-check'];
export type RevalidateAllPayload = JobPayloads['revalidate-all'];

export class InvalidJobPayloadError extends Error {
  constructor(
    readonly jobName: string,
    readonly issues: string[],
  ) {
    super(`invalid payload for job ${jobName}: ${issues.join('; ')}`);
    this.name = 'InvalidJobPayloadError';
  }
}

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(JOB_PAYLOAD_SCHEMAS, name);
}

/** Validates a payload against its job's schema; the worker calls it before doing any work. */
export function parseJobPayload<N extends JobName>(name: N, data: unknown): JobPayloads[N] {
  const r = JOB_PAYLOAD_SCHEMAS[name].safeParse(data);
  if (!r.success) throw new InvalidJobPayloadError(name, r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  return r.data as JobPayloads[N];
}
