import type { DefaultJobOptions } from 'bullmq';

/** Queues of the platform: one per kind of work, so a slow sweep never holds up new submissions. */
export const QUEUES = {
  /** Parse, validate and store one submission. */
  ingest: 'ingest',
  /** Cross-report checks, re-validation and housekeeping (reconcile). */
  checks: 'checks',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Every job name, and the queue it runs on. */
export const JOBS = {
  ingest: { name: 'ingest', queue: QUEUES.ingest },
  reconcile: { name: 'reconcile', queue: QUEUES.checks },
  crossCheck: { name: 'cross-check', queue: QUEUES.checks },
  crossSweep: { name: 'cross-sweep', queue: QUEUES.checks },
  revalidateAll: { name: 'revalidate-all', queue: QUEUES.checks },
} as const;

/**
 * Options every job starts from: a few retries with exponential backoff (a parse is deterministic, so
 * retries only cover infrastructure hiccups), completed jobs trimmed (Postgres keeps the record),
 * failed ones kept long enough to inspect.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * The declared type the API stores for a canonical report submitted as JSON: the worker reads such a
 * submission as a report, not as a document to parse. Distinct from application/json so that an
 * uploaded .json file is still treated as an unknown document.
 */
export const STRUCTURED_REPORT_TYPE = 'application/vnd.nianbao.report+json';
