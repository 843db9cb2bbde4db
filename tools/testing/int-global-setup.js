/* eslint-disable @typescript-eslint/no-require-imports -- Jest loads globalSetup as plain CommonJS */
// Jest globalSetup of the integration suite: a separate database (nianbao_test) migrated fresh with
// `prisma migrate deploy`, and a Redis DB index + queue prefix of its own, so the tests never touch
// the data or queues of a platform running on the same machine.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { Client } = require('pg');

const root = path.resolve(__dirname, '../..');
const adminUrl = process.env.TEST_PG_ADMIN_URL || 'postgresql://postgres:postgres@127.0.0.1:5432/postgres';
const dbName = process.env.TEST_DB_NAME || 'nianbao_test';

module.exports = async function globalSetup() {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${dbName}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  process.env.DATABASE_URL = url.toString();
  process.env.REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379/13';
  process.env.QUEUE_PREFIX = 'nianbao-test';
  process.env.TZ = 'UTC';
  process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL || 'warn';
  process.env.CHECKPOINT_DISABLE = '1';

  const prisma = path.join(root, 'node_modules', '.bin', 'prisma');
  const config = path.join(root, 'libs', 'db', 'prisma.config.ts');
  const env = { ...process.env };
  // The generated client is not committed: make sure it matches the schema before any test imports it.
  execFileSync(prisma, ['generate', '--config', config], { cwd: root, env, stdio: 'pipe' });
  // `migrate deploy` finishes its work at once but its process lingers ~10 s (offline-stack.md);
  // the migration is done when "successfully applied" is printed, so wait for the output, not the exit.
  await migrate(prisma, config, env);

  const Redis = require('ioredis').default;
  const redis = new Redis(process.env.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  await redis.flushdb();
  await redis.quit();
};

function migrate(prisma, config, env) {
  const { spawn } = require('node:child_process');
  return new Promise((resolve, reject) => {
    const child = spawn(prisma, ['migrate', 'deploy', '--config', config], { cwd: root, env });
    let out = '';
    const onData = (d) => {
      out += d.toString();
      if (/successfully applied|No pending migrations/i.test(out)) {
        child.kill();
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed (${code}):\n${out}`))));
  });
}
