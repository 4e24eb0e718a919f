export * from './timeline';
export * from './dates';
export * from './validate';
export * from './words';
export * from './extracted';
export * from './texts';
