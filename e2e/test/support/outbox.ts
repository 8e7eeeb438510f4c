import type { Page } from 'playwright-core';

/**
 * Opens a mail the way a person trying the portal does: the developer outbox page (/dev/outbox,
 * served when no SMTP server is configured), the newest mail to `to` that holds a link to
 * `linkPath`, then that link. Mails are sent by the job worker just after the request commits and
 * other mails (notices of a changed password...) may come first: the list is read again until the
 * right mail is there.
 */
export async function followMailLink(
  page: Page,
  baseUrl: string,
  options: { to: string; linkPath: string; timeoutMs?: number },
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    await page.goto(`${baseUrl}/dev/outbox`);
    // Newest first.
    const mails = await page
      .locator('tr', { hasText: options.to })
      .locator('a')
      .evaluateAll((links) => links.map((a) => (a as unknown as { href: string }).href));
    for (const mail of mails) {
      await page.goto(mail);
      const link = page.locator(`a[href*="${options.linkPath}"]`).first();
      if ((await link.count()) > 0) {
        await link.click();
        await page.waitForURL((url) => url.pathname.startsWith(options.linkPath));
        return;
      }
    }
    if (Date.now() > deadline)
      throw new Error(`no mail to ${options.to} with a link to ${options.linkPath}`);
    await page.waitForTimeout(250);
  }
}
