import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Executor } from '../jobs/queue';
import { enqueueJob } from '../jobs/queue';
import type { JobHandler } from '../jobs/worker';
import { PermanentJobError } from '../jobs/worker';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  /** 'smtp' sends through SMTP_URL; 'outbox' writes .eml files for a person trying the portal. */
  kind: 'smtp' | 'outbox';
  outboxDir: string | undefined;
  send(mail: OutgoingMail): Promise<void>;
  /** Checks the transport (SMTP greeting, or the outbox folder is writable). */
  check(): Promise<void>;
  close(): void;
}

export const SEND_MAIL_JOB = 'send-mail';

export function createMailer(options: {
  smtpUrl: string | undefined;
  from: string;
  dataDir: string;
}): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      kind: 'smtp',
      outboxDir: undefined,
      send: async (mail) => {
        await transport.sendMail({ from: options.from, ...mail });
      },
      check: async () => {
        await transport.verify();
      },
      close: () => transport.close(),
    };
  }
  const outboxDir = path.join(options.dataDir, 'outbox');
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  return {
    kind: 'outbox',
    outboxDir,
    send: async (mail) => {
      const info = await transport.sendMail({ from: options.from, ...mail });
      await fs.mkdir(outboxDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const id = String(info.messageId)
        .replace(/[^A-Za-z0-9]/g, '')
        .slice(0, 24);
      await fs.writeFile(path.join(outboxDir, `${stamp}-${id}.eml`), info.message as Buffer);
    },
    check: async () => {
      await fs.mkdir(outboxDir, { recursive: true });
      await fs.access(outboxDir, fs.constants.W_OK);
    },
    close: () => undefined,
  };
}

/**
 * Queues a mail in the caller's transaction: it is sent after commit by the job worker, and only
 * if the change that caused it was committed.
 */
export async function queueMail(db: Executor, mail: OutgoingMail): Promise<void> {
  await enqueueJob(db, SEND_MAIL_JOB, mail, { maxAttempts: 8 });
}

export function sendMailHandler(mailer: Mailer): JobHandler {
  return async (payload) => {
    const mail = payload as Partial<OutgoingMail>;
    if (
      typeof mail.to !== 'string' ||
      typeof mail.subject !== 'string' ||
      typeof mail.text !== 'string'
    ) {
      throw new PermanentJobError('send-mail: malformed payload');
    }
    await mailer.send({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
  };
}
