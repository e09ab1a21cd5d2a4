import { HttpException, HttpStatus, ValidationError as ClassValidatorError } from '@nestjs/common';
import { isDatabaseUnavailable, pgConstraint, pgErrorCode, PG } from '@quorum/db';
import { DomainError, DomainErrorKind, FieldProblem } from '@quorum/domain';

/** The one error shape of the HTTP contract. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: FieldProblem[];
}

const STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  rule: HttpStatus.UNPROCESSABLE_ENTITY,
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

function body(statusCode: number, message: string, details?: FieldProblem[]): ErrorBody {
  return { statusCode, error: REASON[statusCode] ?? 'Error', message, ...(details?.length ? { details } : {}) };
}

/** Thrown by the validation pipe: carries one problem per bad field. */
export class RequestValidationException extends HttpException {
  constructor(readonly details: FieldProblem[]) {
    super(
      body(400, `Invalid request: ${details.map((d) => `${d.field} ${d.message}`).join('; ')}`, details),
      HttpStatus.BAD_REQUEST,
    );
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

/**
 * Flattens class-validator's tree into one `field: why` pair per bad field, with dotted paths for
 * nested fields; a missing field is simply "is required".
 */
export function fieldProblems(errors: ClassValidatorError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    const key = Object.keys(constraints).find((k) => TYPE_CONSTRAINTS.has(k)) ?? Object.keys(constraints)[0];
    const first = key === undefined ? undefined : constraints[key];
    const own =
      first === undefined
        ? []
        : [
            {
              field,
              message:
                error.value === undefined
                  ? 'is required'
                  : error.value === null
                    ? 'must not be null'
                    : first
                        .replace(/^property \S+ should not exist$/, 'is not a known field')
                        .replace(new RegExp(`^(each value in )?${escapeRegExp(error.property)} `), '$1'),
            },
          ];
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/** A property name is the client's text: quoted so that `[` or `(` in it is no regular expression (a 500). */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function fastifyErrorBody(error: unknown): ErrorBody | undefined {
  const e = error as { code?: unknown; statusCode?: unknown; message?: unknown } | undefined;
  if (typeof e?.code !== 'string' || !e.code.startsWith('FST_')) return undefined;
  if (e.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return body(400, 'The request body is not valid JSON', [{ field: 'body', message: 'is not valid JSON' }]);
  }
  if (e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return body(400, 'The request body is empty but its content type says JSON', [
      { field: 'body', message: 'is empty' },
    ]);
  }
  const status = typeof e.statusCode === 'number' && e.statusCode < 500 ? e.statusCode : 400;
  return body(status, String(e.message));
}

/** Maps anything thrown while serving a request onto the contract's status codes and shape. */
export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof DomainError) {
    return body(STATUS_OF_KIND[exception.kind], exception.message, exception.details);
  }
  if (exception instanceof HttpException) {
    // Fastify's own errors (malformed JSON, wrong content type) reach us wrapped, with the original as cause.
    const fromFastify = fastifyErrorBody(exception.cause);
    if (fromFastify) return fromFastify;
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'string') return body(status, response);
    const r = response as Partial<ErrorBody> & { message?: string | string[] };
    const message = Array.isArray(r.message) ? r.message.join('; ') : (r.message ?? exception.message);
    return body(status, message, r.details);
  }
  if (isDatabaseUnavailable(exception)) {
    return body(503, 'The database is unavailable; try again in a moment');
  }
  switch (pgErrorCode(exception)) {
    case PG.uniqueViolation:
    case PG.exclusionViolation:
      return body(409, `This conflicts with an existing record (${pgConstraint(exception) ?? 'unique constraint'})`);
    case PG.foreignKeyViolation:
      return body(
        409,
        `A referenced record does not exist or is still in use (${pgConstraint(exception) ?? 'foreign key'})`,
      );
    case PG.serializationFailure:
    case PG.deadlockDetected:
      return body(409, 'A concurrent change got there first; try again');
    case PG.invalidTextRepresentation:
      return body(400, 'A value has the wrong format');
    case PG.notNullViolation:
    case PG.checkViolation:
      return body(400, `A value breaks a rule of the record (${pgConstraint(exception) ?? 'constraint'})`);
  }
  return body(500, 'An unexpected error occurred; it has been logged');
}
