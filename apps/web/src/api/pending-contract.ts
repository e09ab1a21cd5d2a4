/**
 * Routes of the HTTP contract that the API does not serve yet (the auth work adds them): declared
 * here by hand so the pages can be written against the contract. Once `npm run web:client`
 * generates them into schema.d.ts, delete each one here.
 */
export interface PendingPaths {
  '/auth/password': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { 'application/json': { currentPassword: string; newPassword: string } } };
      responses: { 204: { headers: Record<string, unknown>; content?: never } };
    };
  };
  '/auth/logout': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 204: { headers: Record<string, unknown>; content?: never } };
    };
  };
  '/auth/calendar-feed': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: Record<string, unknown>; content: { 'application/json': { url: string } } } };
    };
  };
  '/auth/calendar-feed/rotate': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: Record<string, unknown>; content: { 'application/json': { url: string } } } };
    };
  };
}
