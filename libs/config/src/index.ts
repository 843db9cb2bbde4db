export * from './env.schema';
export * from './redis-connection';
