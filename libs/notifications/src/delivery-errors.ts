/**
 * Why a message could not be delivered, in the two kinds a queue processor acts on: a temporary
 * failure is retried with backoff; a permanent one is recorded and shown to the secretariat.
 */
export abstract class DeliveryError extends Error {
  abstract readonly temporary: boolean;

  constructor(
    message: string,
    /** The SMTP reply code, when the server gave one. */
    readonly responseCode: number | null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The server said "try later" (4xx), or could not be reached: retry. */
export class TemporaryDeliveryError extends DeliveryError {
  readonly temporary = true;
}

/** The server refused the message for good (5xx): retrying would get the same answer. */
export class PermanentDeliveryError extends DeliveryError {
  readonly temporary = false;
}

// Failures of the connection rather than of the message: the same message may pass later.
const TEMPORARY_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'EPIPE',
  'ENOSPC',
  'EBUSY',
  'EMFILE',
]);

/**
 * Classifies what nodemailer (or the file system) threw. A 5xx reply is permanent, except 503
 * (bad sequence of commands: the session, not the message, was wrong); a 4xx reply and a broken or
 * refused connection are temporary; anything else is permanent, so that a mistake in the message
 * or the configuration is shown rather than retried for ever.
 */
export function classifyDeliveryFailure(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const { responseCode, code, message } = (error ?? {}) as {
    responseCode?: unknown;
    code?: unknown;
    message?: unknown;
  };
  const reply = typeof responseCode === 'number' ? responseCode : null;
  const text = typeof message === 'string' ? message : String(error);
  if (reply !== null && reply >= 400 && reply < 500) return new TemporaryDeliveryError(text, reply, { cause: error });
  if (reply === 503) return new TemporaryDeliveryError(text, reply, { cause: error });
  if (reply !== null && reply >= 500) return new PermanentDeliveryError(text, reply, { cause: error });
  if (typeof code === 'string' && TEMPORARY_CODES.has(code))
    return new TemporaryDeliveryError(text, reply, { cause: error });
  return new PermanentDeliveryError(text, reply, { cause: error });
}
