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
      throw new ValidationError('The request body must be a JSON object', [
        { field: 'body', message: 'must be a JSON object' },
      ]);
    }
    return super.transform(value, metadata);
  }
}
