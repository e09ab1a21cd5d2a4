export * from './repositories';
export * from './bodies.repository';
export * from './memberships.repository';
export * from './users.repository';
