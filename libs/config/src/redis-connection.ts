/** ioredis options from a redis:// URL (BullMQ takes options, not a URL). */
export interface RedisConnection {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
}

export function redisConnection(url: string): RedisConnection {
  const u = new URL(url);
  if (u.protocol !== 'redis:') throw new Error(`REDIS_URL must use redis://, got ${u.protocol}`);
  const db = u.pathname.replace(/^\//, '');
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    db: db ? Number(db) : 0,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
  };
}
