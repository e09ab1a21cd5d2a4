import { ParseUUIDPipe } from '@nestjs/common';
import { ValidationError } from '@quorum/domain';

/**
 * An id (in the path, or in the query with `optional`) that is not a UUID is a 400 naming the
 * parameter, never a database error.
 */
export function UuidParam(name: string, { optional = false }: { optional?: boolean } = {}): ParseUUIDPipe {
  return new ParseUUIDPipe({
    version: undefined,
    optional,
    exceptionFactory: () => new ValidationError('validation.is_uuid', { field: name }, [name]),
  });
}
