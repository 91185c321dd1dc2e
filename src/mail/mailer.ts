import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { PrismaClient } from '../db/prisma.js';

export interface MailMessage {
  /** Why and to whom, unique per message (e.g. "order-confirmation:<event id>:<recipient>"): sent at most once. */
  key: string;
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Sends the message unless one with its key was sent before; true when it was sent now. */
  send(message: MailMessage): Promise<boolean>;
  close(): void;
}

export interface MailerOptions {
  prisma: PrismaClient;
  log: Logger;
  /** smtp(s)://user:pass@host:port: real SMTP. Unset: each message is written as an .eml file. */
  smtpUrl: string | undefined;
  /** Where .eml files go without SMTP_URL (DATA_DIR/outbox). */
  outboxDir: string;
  from: string;
}

const safeFileName = (key: string) => key.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 150);

/**
 * nodemailer over SMTP_URL, or (embedded default, no SMTP_URL) .eml files
 * under DATA_DIR/outbox. Every message has a key recorded in sent_emails
 * after it was handed over: a retried job skips what it already sent, and
 * the Message-ID derives from the key so a receiver can drop a duplicate of
 * a message whose recording failed.
 */
export function createMailer(options: MailerOptions): Mailer {
  const transport: Transporter = options.smtpUrl
    ? nodemailer.createTransport(options.smtpUrl)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(message) {
      const already = await options.prisma.sentEmail.findUnique({ where: { key: message.key }, select: { key: true } });
      if (already) return false;
      const messageId = `<${safeFileName(message.key)}@commerce-graphql>`;
      const info = (await transport.sendMail({
        from: options.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        messageId,
      })) as { message?: Buffer; messageId?: string };
      if (!options.smtpUrl && info.message) {
        await mkdir(options.outboxDir, { recursive: true });
        const file = join(options.outboxDir, `${Date.now()}-${safeFileName(message.key)}.eml`);
        // Written under another name first: whoever watches the folder never sees half a message.
        await writeFile(`${file}.partial`, info.message);
        await rename(`${file}.partial`, file);
        options.log.info(
          { to: message.to, subject: message.subject, file },
          'e-mail written to the outbox folder (no SMTP_URL)',
        );
      } else {
        options.log.info({ to: message.to, subject: message.subject }, 'e-mail sent');
      }
      await options.prisma.sentEmail.createMany({
        data: [{ key: message.key.slice(0, 200), recipient: message.to, subject: message.subject.slice(0, 300) }],
        skipDuplicates: true,
      });
      return true;
    },
    close() {
      transport.close();
    },
  };
}
