import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/*
 * The API answers in the reader's language (the client sends Accept-Language) with a stable code.
 * The staff's pages keep their own advice for a field where they have one (namespace `secretariat`,
 * `refusals`, by field and status, most precise first); the API's own words fill {{detail}} elsewhere.
 */

/** The translated reason the API gave for one field, if it named that field. */
export function fieldRefusal(t: TFunction, error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const detail = error.fieldMessage(field);
  if (detail === undefined) return undefined;
  return t(
    [
      `secretariat:refusals.${field}.${error.status}`,
      `secretariat:refusals.${field}.any`,
      `secretariat:refusals.status.${error.status}`,
      'secretariat:refusals.status.any',
    ],
    { detail },
  );
}

/**
 * The form-level message: nothing when a field of the form carries the error (it is shown there),
 * else what the status means.
 */
export function formRefusal(t: TFunction, error: unknown, fields: readonly string[]): string | undefined {
  if (!error) return undefined;
  if (!(error instanceof ApiError)) return t('common:errors.unexpected');
  if (fields.some((field) => error.fieldMessage(field) !== undefined)) return undefined;
  if (error.status >= 500) return t('common:errors.unexpected');
  const detail = error.message;
  return t([`secretariat:refusals.status.${error.status}`, 'secretariat:refusals.status.any'], { detail });
}
