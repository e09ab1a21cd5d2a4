import { ValidationPipe } from '@nestjs/common';
import { fieldProblems, RequestValidationException } from './error-response';

/** Unknown fields and wrong types are refused with a 400 that names each field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationException(fieldProblems(errors)),
  });
}
