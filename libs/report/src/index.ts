export * from './keys';
export * from './types';
export * from './access';
export * from './labels';
export * from './report.schema';
