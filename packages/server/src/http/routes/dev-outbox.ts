import fs from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { Type } from 'typebox';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import type { App } from '../app';

// Only file names the outbox writes itself: no path separator, no dot-dot.
const FILE_NAME = /^[A-Za-z0-9_-]{1,120}\.eml$/;
const MAX_LISTED = 200;
// Mails are shown as text; nothing in them may run or load anything.
const CSP = "default-src 'none'; style-src 'unsafe-inline'";

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function linkify(text: string): string {
  return escapeHtml(text).replace(/https?:\/\/[^\s<>"']+/g, (url) => `<a href="${url}">${url}</a>`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #ddd}pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}</style>
</head><body>${body}</body></html>`;
}

function addressText(value: unknown): string {
  if (!value) return '';
  const list = Array.isArray(value) ? value : [value];
  return list.map((a: { text?: string }) => a.text ?? '').join(', ');
}

/**
 * The developer mail page, only when mails go to the outbox folder (no SMTP_URL): a person trying
 * the portal opens the activation link from here. Hidden from the OpenAPI document.
 */
export function registerDevOutboxRoutes(app: App, ctx: AppContext): void {
  const dir = ctx.mailer.outboxDir;
  if (ctx.mailer.kind !== 'outbox' || !dir) return;

  app.get('/dev/outbox', { schema: { hide: true } }, async (_request, reply) => {
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    const files = names
      .filter((n) => FILE_NAME.test(n))
      .sort()
      .reverse()
      .slice(0, MAX_LISTED);
    const rows = await Promise.all(
      files.map(async (name) => {
        const mail = await simpleParser(await fs.readFile(path.join(dir, name)));
        return `<tr><td>${escapeHtml(mail.date?.toISOString().replace('T', ' ').slice(0, 19) ?? '')}</td><td>${escapeHtml(addressText(mail.to))}</td><td><a href="/dev/outbox/${encodeURIComponent(name)}">${escapeHtml(mail.subject ?? '(no subject)')}</a></td></tr>`;
      }),
    );
    const body =
      `<h1>Outbox</h1><p>Mails written to <code>${escapeHtml(dir)}</code> because no SMTP server is configured (SMTP_URL). Newest first.</p>` +
      (rows.length === 0
        ? '<p>No mail yet.</p>'
        : `<table><thead><tr><th>date (UTC)</th><th>to</th><th>subject</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    return reply
      .header('content-security-policy', CSP)
      .type('text/html; charset=utf-8')
      .send(page('Outbox', body));
  });

  app.get(
    '/dev/outbox/:file',
    { schema: { hide: true, params: Type.Object({ file: Type.String({ maxLength: 200 }) }) } },
    async (request, reply) => {
      const { file } = request.params;
      if (!FILE_NAME.test(file)) throw notFound();
      const raw = await fs.readFile(path.join(dir, file)).catch(() => undefined);
      if (!raw) throw notFound();
      const mail = await simpleParser(raw);
      const body = `<p><a href="/dev/outbox">← outbox</a></p><h1>${escapeHtml(mail.subject ?? '(no subject)')}</h1>
<p>From: ${escapeHtml(addressText(mail.from))}<br>To: ${escapeHtml(addressText(mail.to))}<br>Date: ${escapeHtml(mail.date?.toISOString() ?? '')}</p>
<pre>${linkify(mail.text ?? '')}</pre>`;
      return reply
        .header('content-security-policy', CSP)
        .type('text/html; charset=utf-8')
        .send(page(mail.subject ?? 'mail', body));
    },
  );
}
