import { InvalidEnvError, parseEnv } from './env.schema';
import { redisConnection } from './redis-connection';

describe('parseEnv', () => {
  it('fills the local defaults', () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe('postgresql://postgres:postgres@127.0.0.1:5432/nianbao');
    expect(env.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(env.API_PORT).toBe(4000);
    expect(env.WEB_PORT).toBe(3000);
    expect(env.MAX_UPLOAD_BYTES).toBe(20 * 1024 * 1024);
  });

  it('coerces numbers and treats empty strings as unset', () => {
    const env = parseEnv({ API_PORT: '4100', MAX_UPLOAD_BYTES: '1024', REDIS_URL: '' });
    expect(env.API_PORT).toBe(4100);
    expect(env.MAX_UPLOAD_BYTES).toBe(1024);
    expect(env.REDIS_URL).toBe('redis://127.0.0.1:6379');
  });

  it('names every bad variable', () => {
    let caught: unknown;
    try {
      parseEnv({ API_PORT: 'abc', DATABASE_URL: 'not a url' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InvalidEnvError);
    const issues = (caught as InvalidEnvError).issues.join('\n');
    expect(issues).toContain('API_PORT');
    expect(issues).toContain('DATABASE_URL');
  });
});

describe('redisConnection', () => {
  it('reads host, port, db index and password from the URL', () => {
    expect(redisConnection('redis://:s%40cret@10.0.0.2:6380/13')).toEqual({ host: '10.0.0.2', port: 6380, db: 13, password: 's@cret' });
    expect(redisConnection('redis://127.0.0.1:6379')).toEqual({ host: '127.0.0.1', port: 6379, db: 0 });
  });
  it('refuses another scheme', () => {
    expect(() => redisConnection('http://x')).toThrow(/redis:\/\//);
  });
});
