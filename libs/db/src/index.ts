export * from './entities';
export * from './data-source-options';
export * from './db.module';
export * from './snake-naming.strategy';
export * from './audit/audit-chain';
export * from './audit/audit-log';
export * from './pg-errors';
export * from './database-bootstrap';
