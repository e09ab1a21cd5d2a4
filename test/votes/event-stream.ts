/** One server-sent event as a test reads it. */
export interface StreamEvent {
  type: string;
  data: any;
}

/**
 * Reads a text/event-stream over fetch (EventSource cannot send a bearer token): keeps every event,
 * and lets a test wait for the one it expects.
 */
export class EventStream {
  readonly events: StreamEvent[] = [];
  private readonly abort = new AbortController();
  private waiters: (() => void)[] = [];

  private constructor(readonly status: number) {}

  static async open(url: string, token: string): Promise<EventStream> {
    const controller = new AbortController();
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
      signal: controller.signal,
    });
    const stream = new EventStream(response.status);
    Object.assign(stream, { abort: controller });
    if (response.ok && response.body) void stream.read(response.body);
    return stream;
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const type = /^event: ?(.*)$/m.exec(block)?.[1] ?? 'message';
          const data = block
            .split('\n')
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5).trimStart())
            .join('\n');
          if (!data) continue;
          this.events.push({ type, data: JSON.parse(data) });
          const waiters = this.waiters;
          this.waiters = [];
          waiters.forEach((w) => w());
        }
      }
    } catch {
      // aborted by close()
    }
  }

  /** Resolves with the first event matching, already received or still to come. */
  async next(predicate: (e: StreamEvent) => boolean, what: string, deadlineMs = 10_000): Promise<StreamEvent> {
    const until = Date.now() + deadlineMs;
    for (;;) {
      const found = this.events.find(predicate);
      if (found) return found;
      const left = until - Date.now();
      if (left <= 0) throw new Error(`No ${what} event; received: ${JSON.stringify(this.events)}`);
      await new Promise<void>((done) => {
        const timer = setTimeout(done, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          done();
        });
      });
    }
  }

  close(): void {
    this.abort.abort();
  }
}
