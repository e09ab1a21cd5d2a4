import { MessageCode } from './i18n/en';
import { CATALOGUES, MessageParams, placeholdersOf, translate } from './i18n/translate';
import type { Language } from './language';

/** How a broken rule maps onto the HTTP contract: the filter turns `kind` into a status code. */
export type DomainErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rule'
  | 'rate_limited'
  | 'too_large'
  | 'unsupported_type'
  | 'unavailable';

/** One bad field: its dotted path, and why, as a catalogue code (its message names the field). */
export interface FieldProblem {
  field: string;
  code: MessageCode;
  params?: MessageParams;
}

/** A field named alone shares the error's own code and parameters. */
export type FieldRef = string | FieldProblem;

/**
 * Base of every typed error a rule or a service may raise towards a user: a stable `code` of the
 * catalogues (libs/domain/src/i18n) with its parameters, rendered in the reader's language by the
 * API. `message` is the English text, for logs and tests.
 */
export class DomainError extends Error {
  readonly details?: FieldProblem[];

  constructor(
    readonly kind: DomainErrorKind,
    readonly code: MessageCode,
    readonly params: MessageParams = {},
    fields?: readonly FieldRef[],
  ) {
    super(code);
    this.name = new.target.name;
    if (fields?.length) this.details = fields.map((f) => (typeof f === 'string' ? { field: f, code, params } : f));
    this.message = localizeError(this, 'en').message;
  }
}

/**
 * A field problem as the API shows it: the field, its code, why in the reader's language, and the
 * values its message is made of (a client that translates `code` itself fills `{field}` from `field`).
 */
export interface LocalizedFieldProblem {
  field: string;
  code: MessageCode;
  message: string;
  params: MessageParams;
}

/**
 * The parameters that the message of `code` shows, in any language: what a client needs to write the
 * message itself, and nothing a message does not already say (a parameter no message uses stays out).
 */
export function paramsShown(code: MessageCode, params: MessageParams = {}): MessageParams {
  const names = new Set(Object.values(CATALOGUES).flatMap((catalogue) => placeholdersOf(catalogue[code] ?? '')));
  return Object.fromEntries(Object.entries(params).filter(([name]) => names.has(name)));
}

/** The message of a field problem in `language`; its `{field}` is the field's path. */
export function localizeProblem(problem: FieldProblem, language: Language): LocalizedFieldProblem {
  const { field, code, params } = problem;
  return { field, code, message: translate(code, { field, ...params }, language), params: paramsShown(code, params) };
}

/**
 * An error's message, parameters and details in `language`. A message may quote its details with
 * `{problems}` (each field's own message, joined); that one is not a parameter, the details are.
 */
export function localizeError(
  error: Pick<DomainError, 'code' | 'params' | 'details'>,
  language: Language,
): { message: string; params: MessageParams; details?: LocalizedFieldProblem[] } {
  const details = error.details?.map((d) => localizeProblem(d, language));
  const problems = details?.map((d) => d.message).join('; ') ?? '';
  const message = translate(error.code, { problems, ...error.params }, language);
  const params = paramsShown(error.code, error.params);
  return details?.length ? { message, params, details } : { message, params };
}

/** The codes that say a record does not exist (`meeting.not_found`): their message takes `{id}`. */
export type NotFoundCode = Extract<MessageCode, `${string}.not_found`>;

export class NotFoundError extends DomainError {
  constructor(code: NotFoundCode | 'record.gone', id?: string, params: MessageParams = {}) {
    super('not_found', code, id === undefined ? params : { id, ...params });
  }
}

export class ValidationError extends DomainError {
  constructor(code: MessageCode, params?: MessageParams, fields?: readonly FieldRef[]) {
    super('invalid', code, params, fields);
  }
}

/** A request that conflicts with the current state (quota full, wrong transition, duplicate). */
export class ConflictError extends DomainError {
  constructor(code: MessageCode, params?: MessageParams, fields?: readonly FieldRef[]) {
    super('conflict', code, params, fields);
  }
}

/** A well-formed request that a governance rule refuses (notice period, no quorum). */
export class RuleViolationError extends DomainError {
  constructor(code: MessageCode, params?: MessageParams, fields?: readonly FieldRef[]) {
    super('rule', code, params, fields);
  }
}

export class ForbiddenError extends DomainError {
  constructor(code: MessageCode, params?: MessageParams) {
    super('forbidden', code, params);
  }
}

/** No credentials, or credentials that no longer hold (401). */
export class UnauthenticatedError extends DomainError {
  constructor(code: MessageCode, params?: MessageParams) {
    super('unauthenticated', code, params);
  }
}

/** Too many attempts (429); `retryAfterSeconds` goes into the message and the Retry-After header. */
export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', 'auth.rate_limited', { seconds: retryAfterSeconds });
  }
}

/** A request body past the size the service accepts (413). */
export class TooLargeError extends DomainError {
  constructor(code: MessageCode, params?: MessageParams, fields?: readonly FieldRef[]) {
    super('too_large', code, params, fields);
  }
}

/** Content of a type the service does not take (415). */
export class UnsupportedTypeError extends DomainError {
  constructor(code: MessageCode, params?: MessageParams, fields?: readonly FieldRef[]) {
    super('unsupported_type', code, params, fields);
  }
}

/** Something the service holds cannot be served as it should right now (503): stored data failing its check. */
export class UnavailableError extends DomainError {
  constructor(code: MessageCode, params?: MessageParams) {
    super('unavailable', code, params);
  }
}
