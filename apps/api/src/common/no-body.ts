import { ValidationError } from '@quorum/domain';

/**
 * For a change that takes no input (logout, rotating a secret): no body or `{}` only. Anything else
 * is a client that means something we do not do, so it is refused rather than ignored.
 */
export function assertNoBody(body: unknown): void {
  const empty =
    body === undefined ||
    body === null ||
    (typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0);
  if (!empty) {
    throw new ValidationError('validation.no_body', {}, ['body']);
  }
}
