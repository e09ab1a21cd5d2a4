import { ConflictError } from './errors';

/**
 * Only a message the mail server refused for good (`failed`) is sent again, once the secretariat has
 * checked the address: one already sent, or still on its way (waiting, being sent, retried after a
 * temporary refusal), would reach the member twice.
 */
export function assertMayResend(status: string): void {
  if (status !== 'failed') throw new ConflictError('notification.not_failed', { status }, ['status']);
}

/** The address a message is sent again to: the person's as it stands now (corrected meanwhile), else the one that failed. */
export function resendAddress(failed: string, current: string | null | undefined): string {
  return current?.trim() ? current : failed;
}
