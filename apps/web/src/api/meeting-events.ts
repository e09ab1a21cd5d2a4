import { accessToken } from './session';

/** One server-sent event of a meeting's live stream: its name and its JSON data. */
export interface MeetingStreamEvent {
  type: string;
  data: unknown;
}

function parseBlock(block: string): MeetingStreamEvent | undefined {
  const type = /^event: ?(.*)$/m.exec(block)?.[1]?.trim();
  if (!type) return undefined;
  const data = [...block.matchAll(/^data: ?(.*)$/gm)].map((m) => m[1]).join('\n');
  try {
    return { type, data: data ? JSON.parse(data) : null };
  } catch {
    return { type, data: null };
  }
}

/**
 * Follows a meeting's live stream (GET /meetings/:meetingId/events) until `signal` aborts, calling
 * `onEvent` for each event and `onConnected` as the stream comes and goes; reconnects after a drop.
 * fetch, not EventSource: the stream needs the bearer token.
 */
export async function followMeetingEvents(
  meetingId: string,
  signal: AbortSignal,
  onEvent: (event: MeetingStreamEvent) => void,
  onConnected: (connected: boolean) => void,
): Promise<void> {
  while (!signal.aborted) {
    try {
      const response = await fetch(`/meetings/${meetingId}/events`, {
        headers: { authorization: `Bearer ${accessToken() ?? ''}`, accept: 'text/event-stream' },
        signal,
      });
      if (!response.ok || !response.body) throw new Error(String(response.status));
      onConnected(true);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const blocks = buffer.split('\n\n');
        buffer = blocks.pop() ?? '';
        for (const block of blocks) {
          const event = parseBlock(block);
          if (event) onEvent(event);
        }
      }
    } catch {
      // dropped or refused: wait a little and follow again
    }
    onConnected(false);
    if (!signal.aborted) await new Promise((r) => setTimeout(r, 2_000));
  }
}
