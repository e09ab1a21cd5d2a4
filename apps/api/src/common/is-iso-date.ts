import { isIsoDate } from '@quorum/domain';
import { ValidateBy, ValidationOptions } from 'class-validator';

/** A calendar day written YYYY-MM-DD (no time, no offset), as the HTTP contract's dates are. */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (value) => isIsoDate(value),
        defaultMessage: () => 'validation.is_iso_date',
      },
    },
    options,
  );
}
