// Imported first by health-down.int-spec.ts: points the API at a port where no Redis listens,
// before the environment is read and cached.
process.env['REDIS_URL'] = 'redis://127.0.0.1:6390/0';
