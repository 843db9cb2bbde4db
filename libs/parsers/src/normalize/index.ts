export * from './text';
export * from './cell-value';
