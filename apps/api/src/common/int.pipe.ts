import { PipeTransform } from '@nestjs/common';
import { ValidationError } from '@quorum/domain';

const MAX_INT4 = 2_147_483_647;

/** A path number that is not a whole number from 1 to 2^31-1 is a 400 naming the parameter, never a database error. */
export function PositiveIntParam(name: string): PipeTransform<string, number> {
  return {
    transform(value: string): number {
      const number = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
      if (!(number >= 1 && number <= MAX_INT4)) {
        throw new ValidationError('validation.positive_whole_number', { field: name }, [name]);
      }
      return number;
    },
  };
}
