import { ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { ValidationError } from '@quorum/domain';
import { fieldProblems, RequestValidationException } from './error-response';
import { unsafeTextProblems } from './text-safety';

/**
 * Unknown fields and wrong types are refused with a 400 that names each field; a body that is
 * not a JSON object (an array, null, a number) is refused as such. Before any of that, and for
 * every route, text that cannot be stored (control characters, unpaired surrogates) is a 400
 * naming the field, so no validator, query or document ever sees it.
 */
@Injectable()
export class RequestValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      validationError: { target: false, value: true },
      exceptionFactory: (errors) => new RequestValidationException(fieldProblems(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const problems = unsafeTextProblems(value, metadata.data ?? '');
      if (problems.length > 0) throw new RequestValidationException(problems);
    }
    const expectsObject = metadata.type === 'body' && typeof metadata.metatype === 'function';
    if (expectsObject && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw new ValidationError('validation.not_json_object', { field: 'body' }, ['body']);
    }
    if (metadata.type === 'body' || metadata.type === 'query') refuseUnreadable(value);
    return super.transform(value, metadata);
  }
}

/** No DTO of the API nests deeper than a few levels; 32 leaves room and stays far from the stack's limit. */
const MAX_BODY_DEPTH = 32;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Refuses, before validation, what would make the validators throw (a 500): nesting thousands of
 * levels deep (class-transformer recurses) and lone UTF-16 surrogates (validator's encodeURI throws
 * URIError), in values or in keys. Walked without recursion.
 */
function refuseUnreadable(value: unknown): void {
  const stack: [unknown, string, number][] = [[value, '', 0]];
  while (stack.length > 0) {
    const [current, field, depth] = stack.pop()!;
    if (typeof current === 'string' && LONE_SURROGATE.test(current)) {
      throw new ValidationError('validation.lone_surrogate', { field: field || 'body' }, [field || 'body']);
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= MAX_BODY_DEPTH) {
      throw new ValidationError('validation.too_deep', { field: field || 'body', depth: MAX_BODY_DEPTH }, [
        field || 'body',
      ]);
    }
    for (const [key, child] of Object.entries(current)) {
      const path = field ? `${field}.${key}` : key;
      if (LONE_SURROGATE.test(key)) stack.push([key, path, depth + 1]);
      stack.push([child, path, depth + 1]);
    }
  }
}
