export * from './timeline';
export * from './dates';
export * from './validate';
