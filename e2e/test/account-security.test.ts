import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { expectAccessible, heading, logIn, logOut, signUpAndActivate } from './support/journey';
import { followMailLink } from './support/outbox';
import { poll } from './support/poll';
import { startPortal, type PortalServer } from './support/server';
import { totpCode } from './support/totp';

let portal: PortalServer;
let browser: Browser;
const shots = fs.mkdtempSync(path.join(os.tmpdir(), 'chorale-shots-'));

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
  console.log(`screenshots in ${shots}`);
});

test('two-factor login, log out everywhere, password recovery with the secret answer, lockout', async () => {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const base = portal.baseUrl;
  const email = `dominique.leroy.${Date.now()}@example.org`;
  const password = 'seven green herons at dawn';
  await signUpAndActivate(page, base, {
    email,
    password,
    firstName: 'Dominique',
    lastName: 'Leroy',
  });

  // Two-factor setup: QR code (an image made from the server's SVG), key, code, recovery codes.
  await page.goto(`${base}/account/two-factor`);
  await poll(() => heading(page)).toBe('Two-factor authentication');
  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
  const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
  await poll(() =>
    qr.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
  ).toBeGreaterThan(0);
  await expectAccessible(page, 'two-factor setup');
  const secret = (await page.locator('.chorale-secret').textContent()) ?? '';
  await page.getByLabel(/^Code shown by the app/).fill(totpCode(secret));
  await page.screenshot({ path: path.join(shots, 'totp-setup.png'), fullPage: true });
  await page.getByRole('button', { name: 'Confirm and turn on' }).click();
  await poll(() => page.locator('.chorale-codes code').count()).toBeGreaterThan(3);
  const recoveryCodes = await page.locator('.chorale-codes code').allTextContents();
  await page.getByRole('button', { name: 'I have kept my codes' }).click();
  await poll(() => page.locator('main .fr-badge').textContent()).toBe('On');

  // Login now asks for the code; the next 30-second step's code is accepted (window of one step)
  // and is not a replay of the one used to confirm the setup.
  await logOut(page);
  await logIn(page, base, email, password);
  await poll(() => page.getByLabel(/^Verification code/).count()).toBe(1);
  await expectAccessible(page, 'login: code step');
  await page.getByLabel(/^Verification code/).fill('000000');
  await page.getByRole('button', { name: 'Verify' }).click();
  await poll(() => page.getByText('Wrong verification code.').count()).toBe(1);
  await page.getByLabel(/^Verification code/).fill(totpCode(secret, Date.now() + 30_000));
  await page.getByRole('button', { name: 'Verify' }).click();
  await poll(() => heading(page)).toBe('Hello Dominique');

  // Change the password: a wrong current password is named beside its field.
  const secondPassword = 'herons fly south in october';
  await page.goto(`${base}/account/password`);
  await poll(() => heading(page)).toBe('Password');
  await page.getByLabel(/^Current password/).fill('not my password at all');
  await page.getByLabel(/^New password/).fill(secondPassword);
  await page.getByLabel(/^Confirm the new password/).fill(secondPassword);
  await page.getByRole('button', { name: 'Change the password' }).click();
  await poll(() => page.locator('.fr-password .fr-message--error').count()).toBe(1);
  await page.getByLabel(/^Current password/).fill(password);
  await page.getByRole('button', { name: 'Change the password' }).click();
  await poll(() => page.getByText(/Your password has been changed/).count()).toBe(1);

  // Change the secret question: the recovery below asks the new one.
  await page.goto(`${base}/account/secret`);
  await poll(() => heading(page)).toBe('Secret question');
  await expectAccessible(page, 'secret question');
  await page
    .getByRole('combobox', { name: /^Secret question/ })
    .fill('Which street did I grow up in?');
  await page.getByLabel(/^Answer to the secret question/).fill('Rue Lepic');
  await page.getByLabel(/^Current password/).fill(secondPassword);
  await page.getByRole('button', { name: 'Change the secret question' }).click();
  await poll(() => page.getByText('Your secret question has been changed.').count()).toBe(1);

  // Active sessions, then log out everywhere (this session included).
  await page.goto(`${base}/account/sessions`);
  await poll(() => page.getByText('This session').count()).toBe(1);
  await expectAccessible(page, 'sessions');
  await page.getByRole('button', { name: 'Log out everywhere' }).click();
  await poll(() => page.getByText('You are logged out.').count()).toBe(1);

  // Forgotten password: e-mailed link, secret answer, new password.
  await page.goto(`${base}/login`);
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await poll(() => heading(page)).toBe('Forgotten password');
  await expectAccessible(page, 'forgotten password');
  await page.getByLabel('Login e-mail address').fill(email);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await poll(() => page.locator('main .fr-alert--success').count()).toBe(1);
  await followMailLink(page, base, { to: email, linkPath: '/recovery/' });
  await poll(() => heading(page)).toBe('Choose a new password');
  await poll(() => page.getByText('Which street did I grow up in?').count()).toBe(1);
  await expectAccessible(page, 'recovery');
  const newPassword = 'a quieter garden behind the station';
  await page.getByLabel(/^Answer to the secret question/).fill('rue   lépic');
  await page.getByLabel(/^New password/).fill(newPassword);
  await page.getByLabel(/^Confirm the new password/).fill(newPassword);
  await page.getByRole('button', { name: 'Change my password' }).click();
  await poll(() => page.locator('main .fr-alert--success').count()).toBe(1);

  // The new password, then a recovery code in place of the app's code.
  await logIn(page, base, email, newPassword);
  await poll(() => page.getByLabel(/^Verification code/).count()).toBe(1);
  await page.getByLabel(/^Verification code/).fill(recoveryCodes[0] ?? '');
  await page.getByRole('button', { name: 'Verify' }).click();
  await poll(() => heading(page)).toBe('Hello Dominique');
  await logOut(page);

  // Five wrong passwords lock the account for an hour, and the page says until when.
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await logIn(page, base, email, `wrong password number ${attempt}`);
    await poll(() => page.locator('main .fr-alert--error').count()).toBe(1);
  }
  await logIn(page, base, email, newPassword);
  await poll(() => page.getByText('Account locked').count()).toBe(1);
  await poll(() => page.getByText(/locked for one hour, until/).count()).toBe(1);
  await expectAccessible(page, 'login: locked');
  await page.screenshot({ path: path.join(shots, 'locked.png'), fullPage: true });

  expect(errors).toEqual([]);
  await context.close();
});
