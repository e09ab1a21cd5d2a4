import createClient, { type Middleware } from 'openapi-fetch';
import { currentLanguage } from '../i18n';
import type { PendingPaths } from './pending-contract';
import type { components, paths } from './schema';
import { accessToken, endSession } from './session';

export type Schemas = components['schemas'];

/** The one error shape of the API: `details` names each bad field. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  code?: string;
  message: string;
  /** The values the message is made of, for a page that writes it from `code` itself. */
  params?: Schemas['ErrorResponse']['params'];
  details?: { field: string; code?: string; message: string; params?: Schemas['FieldProblemResponse']['params'] }[];
}

/** Thrown by the hooks when the API refuses: carries the status and the API's body for the page to explain. */
export class ApiError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
  }
  get status(): number {
    return this.body.statusCode;
  }
  /** The API's stable code for one field's refusal, if it named it. */
  fieldCode(field: string): string | undefined {
    return this.body.details?.find((d) => d.field === field)?.code;
  }
  /** The values the API's message for one field is made of (its `params`), if it named the field. */
  fieldParams(field: string): Record<string, unknown> | undefined {
    return this.body.details?.find((d) => d.field === field)?.params;
  }
  /** The API's message for one field, if it named it. */
  fieldMessage(field: string): string | undefined {
    return this.body.details?.find((d) => d.field === field)?.message;
  }
}

const authAndLanguage: Middleware = {
  onRequest({ request }) {
    const token = accessToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    request.headers.set('accept-language', currentLanguage());
    return request;
  },
  onResponse({ response }) {
    // An expired or revoked token: back to the login page rather than a page of errors.
    if (response.status === 401 && accessToken()) endSession();
    return response;
  },
};

/** Same origin: the API serves the app, so every path of the contract is relative. */
export const api = createClient<paths & PendingPaths>({ baseUrl: location.origin });
api.use(authAndLanguage);

/** Unwraps an openapi-fetch result: the data, or an ApiError. */
export function dataOf<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const body = result.error as Partial<ApiErrorBody> | undefined;
    throw new ApiError({
      statusCode: result.response.status,
      error: body?.error ?? result.response.statusText,
      message: body?.message ?? result.response.statusText,
      ...(body?.code ? { code: body.code } : {}),
      ...(body?.params ? { params: body.params } : {}),
      ...(body?.details ? { details: body.details } : {}),
    });
  }
  return result.data as T;
}
