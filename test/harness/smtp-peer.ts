import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

/** A message as the SMTP peer received it: the raw RFC 822 bytes and mailparser's reading of them. */
export interface ReceivedMail {
  raw: Buffer;
  mail: ParsedMail;
  envelopeTo: string[];
}

export interface SmtpPeer {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /** Refuses the next `times` messages with this SMTP reply (451 try later, 550 refused, ...). */
  refuse(code: number, text: string, times?: number): void;
  /** From now on, takes each message's data but never answers it: the sender waits, nothing is accepted. */
  hold(): void;
  /** How many messages wait for an answer since `hold()`. */
  heldCount(): number;
  /** Answers the messages that come next again (held ones stay unanswered: their sender is gone). */
  release(): void;
  /** Accepts the messages held so far (250, kept in `received`), then answers the next ones again. */
  acceptHeld(): Promise<void>;
  close(): Promise<void>;
}

/** A real SMTP server in this process, on a free port, that keeps every message it accepts. */
export async function startSmtpPeer(): Promise<SmtpPeer> {
  const received: ReceivedMail[] = [];
  const refusals: Array<{ code: number; text: string }> = [];
  let holding = false;
  let held = 0;
  const waiting: Array<() => Promise<void>> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      const accept = () => {
        const raw = Buffer.concat(chunks);
        return simpleParser(raw).then(
          (mail) => {
            received.push({ raw, mail, envelopeTo: session.envelope.rcptTo.map((r) => r.address) });
            callback();
          },
          (error: Error) => callback(error),
        );
      };
      stream.on('end', () => {
        if (holding) {
          held += 1;
          waiting.push(accept);
          return;
        }
        const refusal = refusals.shift();
        if (refusal) {
          callback(Object.assign(new Error(refusal.text), { responseCode: refusal.code }));
          return;
        }
        void accept();
      });
    },
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse: (code, text, times = 1) => {
      for (let i = 0; i < times; i++) refusals.push({ code, text });
    },
    hold: () => {
      holding = true;
    },
    heldCount: () => held,
    release: () => {
      holding = false;
      waiting.length = 0;
    },
    acceptHeld: async () => {
      holding = false;
      for (const accept of waiting.splice(0)) await accept();
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
