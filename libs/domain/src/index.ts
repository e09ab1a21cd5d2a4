export * from './errors';
export * from './roles';
export * from './body';
export * from './dates';
export * from './membership';
export * from './composition';
