import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);

/** Every setting the server processes read from the environment, with the defaults of a local machine. */
export const envSchema = z.object({
  DATABASE_URL: z.string().url().default('postgresql://postgres:postgres@127.0.0.1:5432/nianbao'),
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  /** Prefix of every BullMQ key, so that tests and a running platform can share one Redis. */
  QUEUE_PREFIX: z.string().min(1).default('nianbao'),
  API_PORT: port.default(4000),
  WEB_PORT: port.default(3000),
  WORKER_HEALTH_PORT: port.default(4001),
  /** Largest document accepted by POST /submissions, in bytes. */
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
  /** How long a submission may sit in queued/processing before the reconcile job re-enqueues it. */
  STUCK_AFTER_SECONDS: z.coerce.number().int().positive().default(300),
  RECONCILE_EVERY_SECONDS: z.coerce.number().int().positive().default(60),
  /** Concurrency of the ingest processor in one worker process. */
  INGEST_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
});

export type Env = z.infer<typeof envSchema>;

export class InvalidEnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid environment: ${issues.join('; ')}`);
    this.name = 'InvalidEnvError';
  }
}

/** Parses an environment; throws InvalidEnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable means "not set": shells and compose files often export FOO= .
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const r = envSchema.safeParse(cleaned);
  if (!r.success) throw new InvalidEnvError(r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  return r.data;
}

let cached: Env | undefined;

/** The process environment, validated once; a process with a bad environment fails at start-up. */
export function loadEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

/** The Nest logger levels up to and including the configured one. */
export function logLevels(level: Env['LOG_LEVEL']): (typeof LOG_LEVELS)[number][] {
  return LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1);
}
