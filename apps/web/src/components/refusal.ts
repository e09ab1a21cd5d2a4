import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/*
 * The API answers in English; the staff's pages say why a change was refused in the reader's
 * language. Catalogue keys (namespace `secretariat`, `refusals`) are chosen by field and status,
 * most precise first; the API's own words fill {{detail}} where no translation fits.
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
  const detail = error.body.details?.map((d) => `${d.field} ${d.message}`).join('; ') ?? error.message;
  return t([`secretariat:refusals.status.${error.status}`, 'secretariat:refusals.status.any'], { detail });
}
