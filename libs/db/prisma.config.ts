// Prisma 6.19 on its JS engine path: no native engine download is possible on these machines.
// `migrate deploy` needs @prisma/adapter-pg 7.x here (6.19's adapter cannot read `name` columns).
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

process.env['DATABASE_URL'] ??= 'postgresql://postgres:postgres@127.0.0.1:5432/nianbao';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(__dirname, 'prisma', 'schema.prisma'),
  migrations: { path: path.join(__dirname, 'prisma', 'migrations') },
  adapter: async () => new PrismaPg({ connectionString: process.env['DATABASE_URL'], idleTimeoutMillis: 100 }),
});
