import { HttpException, HttpStatus, ValidationError as ClassValidatorError } from '@nestjs/common';
import { isDatabaseUnavailable, pgErrorCode, PG } from '@quorum/db';
import {
  DomainError,
  DomainErrorKind,
  FieldProblem,
  isMessageCode,
  Language,
  localizeError,
  LocalizedFieldProblem,
  MessageCode,
  MessageParams,
  ValidationError,
} from '@quorum/domain';

/** The one error shape of the HTTP contract: `code` is stable, `message` and details follow the reader's language. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  code: MessageCode;
  message: string;
  /** The values the message is made of, for a client that translates `code` itself. */
  params: MessageParams;
  details?: LocalizedFieldProblem[];
}

const STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  rule: HttpStatus.UNPROCESSABLE_ENTITY,
  rate_limited: HttpStatus.TOO_MANY_REQUESTS,
  too_large: HttpStatus.PAYLOAD_TOO_LARGE,
  unsupported_type: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The generic code of a status that no domain error explains (the framework's own refusals). */
const CODE_OF_STATUS: Record<number, MessageCode> = {
  400: 'http.bad_request',
  404: 'http.not_found',
  405: 'http.method_not_allowed',
  413: 'http.payload_too_large',
  415: 'http.unsupported_media_type',
  429: 'auth.rate_limited',
  500: 'internal',
  503: 'database.unavailable',
};

function body(
  statusCode: number,
  language: Language,
  code: MessageCode,
  params: MessageParams = {},
  details?: FieldProblem[],
): ErrorBody {
  const localized = localizeError({ code, params, details }, language);
  return { statusCode, error: REASON[statusCode] ?? 'Error', code, ...localized };
}

/** Thrown by the validation pipe: carries one problem per bad field. */
export class RequestValidationException extends ValidationError {
  constructor(details: FieldProblem[]) {
    super('validation.failed', {}, details);
  }
}

// When a field breaks several constraints, its type is what the caller must fix first.
const TYPE_CONSTRAINTS = new Set([
  'whitelistValidation',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isObject',
  'isDateString',
  'isIso8601',
  'isUuid',
  'isEmail',
  'isIn',
  'isEnum',
]);

/** class-validator's constraint names that share a message with another. */
const SAME_AS: Record<string, MessageCode> = {
  whitelistValidation: 'validation.unknown_field',
  isDateString: 'validation.is_iso8601',
  isEnum: 'validation.is_in',
  maxValue: 'validation.max',
  minValue: 'validation.min',
};

/**
 * The code and parameters of one broken constraint. A decorator's own message may be a code of the
 * catalogues (`@Matches(…, { message: 'validation.slug' })`); class-validator's default English
 * message carries the constraint's limit or values, which become parameters.
 */
function problemOf(field: string, constraint: string, text: string): FieldProblem {
  if (isMessageCode(text)) return { field, code: text };
  const snake = `validation.${constraint.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
  const code = SAME_AS[constraint] ?? (isMessageCode(snake) ? snake : 'validation.invalid');
  const values = /following values: (.*)$/.exec(text)?.[1];
  if (values !== undefined) return { field, code, params: { values } };
  const limit = /(-?\d+(?:\.\d+)?)\D*$/.exec(text)?.[1];
  return limit !== undefined && /_(size|length)$|\.(min|max)$/.test(code)
    ? { field, code, params: { limit: Number(limit) } }
    : { field, code };
}

/**
 * Flattens class-validator's tree into one problem per bad field, with dotted paths for nested
 * fields; a missing field is simply `validation.required`.
 */
export function fieldProblems(errors: ClassValidatorError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    const key = Object.keys(constraints).find((k) => TYPE_CONSTRAINTS.has(k)) ?? Object.keys(constraints)[0];
    const own: FieldProblem[] =
      key === undefined
        ? []
        : error.value === undefined
          ? [{ field, code: 'validation.required' }]
          : error.value === null
            ? [{ field, code: 'validation.not_null' }]
            : [problemOf(field, key, constraints[key])];
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

function fastifyErrorBody(error: unknown, language: Language): ErrorBody | undefined {
  const e = error as { code?: unknown; statusCode?: unknown; message?: unknown } | undefined;
  if (typeof e?.code !== 'string' || !e.code.startsWith('FST_')) return undefined;
  if (e.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return body(400, language, 'validation.invalid_json', {}, [{ field: 'body', code: 'validation.invalid_json' }]);
  }
  if (e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return body(400, language, 'validation.empty_json', {}, [{ field: 'body', code: 'validation.empty_json' }]);
  }
  const status = typeof e.statusCode === 'number' && e.statusCode < 500 ? e.statusCode : 400;
  return body(status, language, CODE_OF_STATUS[status] ?? 'http.error', { status });
}

/** Maps anything thrown while serving a request onto the contract's status codes and shape, in `language`. */
export function toErrorBody(exception: unknown, language: Language): ErrorBody {
  if (exception instanceof DomainError) {
    return body(STATUS_OF_KIND[exception.kind], language, exception.code, exception.params, exception.details);
  }
  if (exception instanceof HttpException) {
    // Fastify's own errors (malformed JSON, wrong content type) reach us wrapped, with the original as cause.
    const fromFastify = fastifyErrorBody(exception.cause, language);
    if (fromFastify) return fromFastify;
    const status = exception.getStatus();
    return body(status, language, CODE_OF_STATUS[status] ?? 'http.error', { status });
  }
  const fromFastify = fastifyErrorBody(exception, language);
  if (fromFastify) return fromFastify;
  if (isDatabaseUnavailable(exception)) return body(503, language, 'database.unavailable');
  switch (pgErrorCode(exception)) {
    case PG.uniqueViolation:
    case PG.exclusionViolation:
      return body(409, language, 'database.conflict');
    case PG.foreignKeyViolation:
      return body(409, language, 'database.reference');
    case PG.serializationFailure:
    case PG.deadlockDetected:
      return body(409, language, 'database.concurrent_change');
    case PG.invalidTextRepresentation:
      return body(400, language, 'database.wrong_format');
    case PG.notNullViolation:
    case PG.checkViolation:
      return body(400, language, 'database.rule');
  }
  return body(500, language, 'internal');
}
