import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { ComposedMessage } from './compose';
import { classifyDeliveryFailure } from './delivery-errors';
import { messageIdFor, messageToken } from './message-id';
import type { Mailbox, Recipient } from './notification';

/** The mail part of the configuration (`AppConfig['mail']` fits it). */
export interface MailerConfig {
  /** `smtp://` or `smtps://` URL; null writes `.eml` files instead. */
  smtpUrl: string | null;
  from: Mailbox;
  /** Where `.eml` files go when there is no SMTP server (`DATA_DIR/outbox`). */
  outboxDir: string;
  /** SMTP time limits in milliseconds; nodemailer's defaults (up to 10 minutes) hold a job too long. */
  timeouts?: { connection?: number; greeting?: number; socket?: number };
}

export interface OutgoingMail {
  to: Recipient;
  message: ComposedMessage;
  /** One per event × recipient: the same key always gives the same Message-ID (and `.eml` file). */
  idempotencyKey: string;
}

export type Delivery =
  { transport: 'smtp'; messageId: string; response: string } | { transport: 'file'; messageId: string; path: string };

export interface Mailer {
  readonly transport: 'smtp' | 'file';
  /** Sends one message; a failure is a TemporaryDeliveryError or a PermanentDeliveryError. */
  send(mail: OutgoingMail): Promise<Delivery>;
  close(): void;
}

function mailOptions(config: MailerConfig, mail: OutgoingMail): SendMailOptions & { messageId: string } {
  const { message } = mail;
  const domain = config.from.email.split('@').pop() ?? 'quorum.local';
  return {
    from: { name: config.from.name, address: config.from.email },
    to: { name: mail.to.name, address: mail.to.email },
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: messageIdFor(mail.idempotencyKey, domain),
    // RFC 3834: no out-of-office reply to a machine.
    headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': message.language },
    ...(message.calendar
      ? {
          icalEvent: {
            method: message.calendar.method,
            filename: message.calendar.filename,
            content: message.calendar.content,
          },
        }
      : {}),
  };
}

function smtpMailer(config: MailerConfig & { smtpUrl: string }): Mailer {
  const timeouts = config.timeouts ?? {};
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    connectionTimeout: timeouts.connection ?? 30_000,
    greetingTimeout: timeouts.greeting ?? 30_000,
    socketTimeout: timeouts.socket ?? 60_000,
  });
  return {
    transport: 'smtp',
    async send(mail) {
      const options = mailOptions(config, mail);
      try {
        const info = await transport.sendMail(options);
        return { transport: 'smtp', messageId: options.messageId, response: info.response };
      } catch (error) {
        throw classifyDeliveryFailure(error);
      }
    },
    close: () => transport.close(),
  };
}

function fileMailer(config: MailerConfig): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    transport: 'file',
    async send(mail) {
      const options = mailOptions(config, mail);
      const path = join(config.outboxDir, `${messageToken(mail.idempotencyKey)}.eml`);
      try {
        // One file per idempotency key: a retried job finds its message already written.
        if (await exists(path)) return { transport: 'file', messageId: options.messageId, path };
        const info = await transport.sendMail(options);
        await mkdir(config.outboxDir, { recursive: true });
        // Written aside then renamed, so a reader never sees half a message.
        const partial = `${path}.${process.pid}.partial`;
        await writeFile(partial, info.message as Buffer);
        await rename(partial, path);
        return { transport: 'file', messageId: options.messageId, path };
      } catch (error) {
        throw classifyDeliveryFailure(error);
      }
    },
    close: () => transport.close(),
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** SMTP when `smtpUrl` is set; otherwise each message becomes an RFC 822 `.eml` file in `outboxDir`. */
export function createMailer(config: MailerConfig): Mailer {
  return config.smtpUrl ? smtpMailer({ ...config, smtpUrl: config.smtpUrl }) : fileMailer(config);
}
