import { applyDecorators } from '@nestjs/common';
import {
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  getSchemaPath,
  type OpenAPIObject,
  type ReferenceObject,
  type ResponseObject,
  type SchemaObject,
} from '@nestjs/swagger';
import { en, MessageCode, MessageParams } from '@quorum/domain';
import { ACCESS_MATRIX, ANY, PUBLIC } from '../auth/access-matrix';

/**
 * The codes an error may carry: every code of the catalogues (libs/domain/src/i18n) but the terms
 * put into messages (a meeting's status, a role), which only ever appear inside a message.
 */
export const ERROR_CODES = (Object.keys(en) as MessageCode[]).filter((code) => !/_(status|action|role)\./.test(code));

/** A term of the catalogues: the client translates its code (a meeting's status, an action). */
const TERM: SchemaObject = {
  type: 'object',
  required: ['term'],
  properties: { term: { type: 'string', description: 'A code of the catalogues, translated into the message' } },
};

/** One value of a list: text, a number or a term. */
const LIST_ITEM: SchemaObject = { oneOf: [{ type: 'string' }, { type: 'number' }, TERM] };

/**
 * The values a message is made of, by placeholder name: text, a number, a term to translate from the
 * catalogues, or a list the language writes its own way ("a, b or c").
 */
const MESSAGE_PARAMS: { type: 'object'; additionalProperties: SchemaObject } = {
  type: 'object',
  additionalProperties: {
    oneOf: [
      { type: 'string' },
      { type: 'number' },
      TERM,
      {
        type: 'object',
        required: ['anyOf'],
        properties: { anyOf: { type: 'array', items: LIST_ITEM, description: 'Written as a choice ("a, b or c")' } },
      },
      {
        type: 'object',
        required: ['allOf'],
        properties: { allOf: { type: 'array', items: LIST_ITEM, description: 'Written as a list ("a, b and c")' } },
      },
    ],
  },
};

export class FieldProblemResponse {
  @ApiProperty({ example: 'startDate', description: 'The bad field, dotted for a nested one (`categories.0.seats`)' })
  field!: string;
  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode', example: 'validation.is_iso_date' })
  code!: MessageCode;
  @ApiProperty({
    example: '« startDate » doit être une date du calendrier écrite AAAA-MM-JJ',
    description: 'In the reader’s language',
  })
  message!: string;
  @ApiProperty({
    ...MESSAGE_PARAMS,
    example: { limit: 300 },
    description: 'The values of the message’s placeholders (possibly none); `{field}` is filled from `field`',
  })
  params!: MessageParams;
}

/** The one error shape of the HTTP contract (see ErrorBody in error-response.ts, which fills it). */
export class ErrorResponse {
  @ApiProperty({ type: 'integer', example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'Bad Request', description: 'The HTTP reason phrase' }) error!: string;
  @ApiProperty({
    enum: ERROR_CODES,
    enumName: 'ErrorCode',
    example: 'validation.failed',
    description: 'Stable: clients may branch on it or translate it themselves',
  })
  code!: MessageCode;
  @ApiProperty({
    example: 'Requête invalide : « startDate » doit être une date du calendrier écrite AAAA-MM-JJ',
    description: 'Follows Accept-Language (fr by default, en)',
  })
  message!: string;
  @ApiProperty({
    ...MESSAGE_PARAMS,
    example: { id: '00000000-0000-4000-8000-000000000000' },
    description:
      'The values of the message’s placeholders (possibly none), so that a client translating `code` ' +
      'itself can write the same message; a message quoting its details (`{problems}`) takes them from `details`',
  })
  params!: MessageParams;
  @ApiPropertyOptional({ type: [FieldProblemResponse], description: 'One entry per bad field (400)' })
  details?: FieldProblemResponse[];
}

/** What each error status means in this API, as every operation documents it. */
const MEANING: Record<number, string> = {
  400: 'Malformed request: `details` names each bad field',
  401: 'No bearer token, or an invalid, expired or revoked one',
  403: 'The caller’s role or mandate does not allow this',
  404: 'What the path names does not exist',
  409: 'Conflicts with the current state (a transition not allowed, a duplicate, a full quota)',
  422: 'Breaks a rule of the body (notice period, quorum, term limits…)',
  413: 'The request body is larger than this operation accepts',
  415: 'The content is of a type this operation does not take',
  429: 'Too many attempts; see Retry-After',
  503: 'Cannot be served right now',
};

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

/**
 * Documents the error responses an operation may give, each in the error shape. `[status, text]`
 * says what the status means on this operation when the general meaning is not enough.
 * 401 and 403 come from the access matrix (see `documentAccess`); list them only to say more.
 */
export function ApiErrors(...statuses: (ErrorStatus | [ErrorStatus, string])[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((entry) => {
      const [status, description] = Array.isArray(entry) ? entry : [entry, MEANING[entry]];
      return ApiResponse({ status, description, type: ErrorResponse });
    }),
  );
}

/** An error is JSON even on a route that produces a PDF or a calendar (`@ApiProduces`). */
function asJson<T extends ResponseObject | ReferenceObject | undefined>(response: T): T {
  if (!response || !('content' in response) || !response.content) return response;
  const schema = Object.values(response.content).find((media) => media.schema)?.schema;
  return schema ? { ...response, content: { 'application/json': { schema } } } : response;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** `/bodies/{bodyId}/meetings` as the access matrix writes it: `/bodies/:bodyId/meetings`. */
export function matrixPath(openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}/g, ':$1');
}

/**
 * Completes the document from the access matrix, the one source of truth on who may call what:
 * a public route needs no token; every other one needs a bearer token (401 without), and one
 * closed to some roles answers 403 to them.
 */
export function documentAccess(document: OpenAPIObject): OpenAPIObject {
  const error = (description: string) => ({
    description,
    content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorResponse) } } },
  });
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const access = ACCESS_MATRIX[`${method.toUpperCase()} ${matrixPath(path)}`];
      if (access === PUBLIC) {
        operation.security = [];
      } else {
        operation.security = [{ bearer: [] }];
        operation.responses['401'] ??= error(MEANING[401]);
        if (access === undefined || access.length < ANY.length) {
          const allowed = access === undefined ? 'none' : access.join(', ');
          operation.responses['403'] ??= error(`${MEANING[403]} (roles allowed: ${allowed})`);
        }
      }
      operation.responses = Object.fromEntries(
        Object.entries(operation.responses)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([status, response]) => [status, Number(status) >= 400 ? asJson(response) : response]),
      );
    }
  }
  return document;
}
