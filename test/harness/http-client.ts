/** A response as a test looks at it. */
export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

/** A small client over real HTTP (fetch) against the API a test started. */
export class HttpClient {
  constructor(
    readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  /** A path of the API, or a whole URL as the API gave it (an OParl id, a link). */
  private urlOf(path: string): string {
    return /^https?:\/\//.test(path) ? path : `${this.baseUrl}${path}`;
  }

  as(token: string | undefined): HttpClient {
    return new HttpClient(this.baseUrl, token);
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const init: RequestInit = { method, headers: { ...headers } };
    if (this.token) (init.headers as Record<string, string>).authorization = `Bearer ${this.token}`;
    if (body instanceof FormData || body instanceof Uint8Array) {
      // A multipart upload (fetch writes the content type with its boundary), or bytes sent as they are.
      init.body = body as RequestInit['body'];
    } else if (body !== undefined) {
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const response = await fetch(this.urlOf(path), init);
    const text = await response.text();
    let parsed: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: response.status, body: parsed as T, headers: response.headers, text };
  }

  /** POST of a multipart/form-data body (fetch sets its boundary): a document upload. */
  multipart<T = any>(path: string, form: FormData) {
    return this.request<T>('POST', path, form);
  }

  /** GET of a binary body (a PDF): the bytes as they came. */
  async bytes(path: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
    const headers: Record<string, string> = this.token ? { authorization: `Bearer ${this.token}` } : {};
    const response = await fetch(this.urlOf(path), { headers });
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  /**
   * The status of a stream that never ends (server-sent events): read from its headers, then the
   * request is dropped; a refusal's body (which does end) is read as text.
   */
  async streamStatus(path: string): Promise<{ status: number; headers: Headers; text: string }> {
    const abort = new AbortController();
    const headers: Record<string, string> = this.token ? { authorization: `Bearer ${this.token}` } : {};
    const response = await fetch(this.urlOf(path), { headers, signal: abort.signal });
    const text = response.ok ? '' : await response.text();
    abort.abort();
    return { status: response.status, headers: response.headers, text };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  put<T = any>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body ?? {});
  }
  patch<T = any>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body ?? {});
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }
}
