export * from './repositories';
export * from './bodies.repository';
export * from './memberships.repository';
