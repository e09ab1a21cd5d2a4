import { ValidationError } from '@quorum/domain';

/**
 * PartialType lets `null` through as "not given"; for fields that cannot be emptied, a null is a
 * 400 naming the field rather than a NOT NULL violation in the database.
 */
export function rejectNulls<T extends object>(dto: T, fields: readonly (keyof T & string)[]): void {
  const nulls = fields.filter((field) => dto[field] === null);
  if (nulls.length > 0) {
    throw new ValidationError(
      'validation.failed',
      {},
      nulls.map((field) => ({ field, code: 'validation.not_null' })),
    );
  }
}
