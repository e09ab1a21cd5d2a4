import { createHash } from 'node:crypto';

/**
 * A stable Message-ID from an idempotency key (event × recipient): a retried job sends a message
 * with the same id, so mail servers and clients can recognise a duplicate, and the `.eml` outbox
 * keeps one file per message.
 */
export function messageIdFor(idempotencyKey: string, domain: string): string {
  return `<${messageToken(idempotencyKey)}@${domain}>`;
}

/** The hex token at the heart of the Message-ID, also the `.eml` file's name. */
export function messageToken(idempotencyKey: string): string {
  if (idempotencyKey.trim() === '') throw new RangeError('An idempotency key is required');
  return createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32);
}
