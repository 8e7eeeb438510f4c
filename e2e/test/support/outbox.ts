import type { Page } from 'playwright-core';
import { poll } from './poll';

/**
 * Opens a mail the way a person trying the portal does: the developer outbox page (/dev/outbox,
 * served when no SMTP server is configured), the newest mail to `to`, then its link to `linkPath`.
 * Mails are sent by the job worker just after the request commits: the list is reloaded until the
 * mail is there.
 */
export async function followMailLink(
  page: Page,
  baseUrl: string,
  options: { to: string; linkPath: string; timeoutMs?: number },
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  for (;;) {
    await page.goto(`${baseUrl}/dev/outbox`);
    // Newest first: the first row addressed to `to` is the latest mail.
    const mail = page.locator('tr', { hasText: options.to }).first().locator('a');
    if ((await mail.count()) > 0) {
      await mail.click();
      break;
    }
    if (Date.now() > deadline) throw new Error(`no mail to ${options.to} in /dev/outbox`);
    await page.waitForTimeout(250);
  }
  const link = page.locator(`a[href*="${options.linkPath}"]`).first();
  await poll(() => link.count()).toBeGreaterThan(0);
  await link.click();
  await page.waitForURL((url) => url.pathname.startsWith(options.linkPath));
}
