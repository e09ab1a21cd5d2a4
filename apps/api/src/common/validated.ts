import { RequestValidationPipe } from './validation.pipe';

const pipe = new RequestValidationPipe();

/**
 * Validates fields that did not come as a JSON body (the text parts of a multipart upload) exactly
 * as a body is: unknown fields, wrong types and unsafe text are 400s naming the field.
 */
export async function validated<T extends object>(type: new () => T, fields: Record<string, unknown>): Promise<T> {
  return (await pipe.transform(fields, { type: 'body', metatype: type, data: '' })) as T;
}
