import { ParseUUIDPipe } from '@nestjs/common';
import { ValidationError } from '@quorum/domain';

/** A path id that is not a UUID is a 400 naming the parameter, never a database error. */
export function UuidParam(name: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    version: undefined,
    exceptionFactory: () => new ValidationError('validation.is_uuid', { field: name }, [name]),
  });
}
