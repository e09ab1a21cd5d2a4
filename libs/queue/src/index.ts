export * from './queues';
export * from './redis-connection';
export * from './queue.module';
export * from './redis-watch';
