import { ParseIntPipe } from '@nestjs/common';
import { ValidationError } from '@quorum/domain';

/** A path number that is not a positive whole number is a 400 naming the parameter. */
export function PositiveIntParam(name: string): ParseIntPipe {
  return new ParseIntPipe({
    exceptionFactory: () =>
      new ValidationError(`${name} must be a positive whole number`, [
        { field: name, message: 'must be a positive whole number' },
      ]),
  });
}
