export * from './queues';
export * from './redis-connection';
export * from './queue.module';
export * from './outbox-jobs';
export * from './outbox-relay';
export * from './redis-watch';
export * from './minutes-render-event';
