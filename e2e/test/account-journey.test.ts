import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { expectAccessible, focused, heading } from './support/journey';
import { followMailLink } from './support/outbox';
import { poll } from './support/poll';
import { startPortal, type PortalServer } from './support/server';

let portal: PortalServer;
let browser: Browser;
const shots = fs.mkdtempSync(path.join(os.tmpdir(), 'chorale-shots-'));
const timings: Record<string, number> = {};

beforeAll(async () => {
  const started = Date.now();
  [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
  timings.startPortalAndBrowser = Date.now() - started;
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
  console.log(`screenshots in ${shots}; timings (ms): ${JSON.stringify(timings)}`);
});

test('a supplier signs up, activates, logs in, switches to English, changes the contact address and logs out', async () => {
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const email = `camille.martin.${Date.now()}@example.fr`;
  const password = 'lune violette sur la Garonne 42';
  const base = portal.baseUrl;
  const journeyStart = Date.now();

  // Home page before login: what Chorale is, log in or sign up.
  await page.goto(`${base}/`);
  await poll(() => heading(page)).toContain('Chorale');
  expect(await page.getAttribute('html', 'lang')).toBe('fr');
  await expectAccessible(page, 'home (anonymous)');
  // Keyboard: the first Tab reaches the skip link, which takes the focus to the content.
  await page.keyboard.press('Tab');
  expect(await focused(page)).toEqual({ id: '', text: 'Contenu' });
  await page.keyboard.press('Enter');
  expect((await focused(page)).id).toBe('main');

  // Sign-up.
  await page.getByRole('link', { name: 'Créer un compte' }).first().click();
  await poll(() => heading(page)).toBe('Créer un compte');
  // After a page change the focus is on the content, where a screen reader starts reading.
  expect((await focused(page)).id).toBe('main');
  await expectAccessible(page, 'sign-up');
  // The server's validation message lands next to its field.
  await page.getByLabel('Adresse e-mail de connexion').fill('not-an-address');
  await page.getByLabel('Prénom').fill('Camille');
  await page.getByLabel('Nom', { exact: true }).fill('Martin');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await poll(() => page.locator('[id$="-desc-error"]').count()).toBeGreaterThan(0);
  await expectAccessible(page, 'sign-up with an error');
  await page.getByLabel('Adresse e-mail de connexion').fill(email);
  let t = Date.now();
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await poll(() => heading(page)).toBe('Vérifiez votre messagerie');
  timings.signUp = Date.now() - t;

  // The activation mail, opened from the developer outbox.
  t = Date.now();
  await followMailLink(page, base, { to: email, linkPath: '/activation/' });
  timings.activationMailToPage = Date.now() - t;
  await poll(() => heading(page)).toBe('Activer mon compte');
  await expectAccessible(page, 'activation');
  await page.getByLabel(/^Nouveau mot de passe/).fill(password);
  await page.getByLabel('Confirmation du nouveau mot de passe').fill(password);
  await page.getByLabel(/^Question secrète/).fill('Quel est le nom de mon premier chat ?');
  await page.getByLabel('Réponse à la question secrète').fill('Moustache');
  await page.screenshot({ path: path.join(shots, '1-activation.png'), fullPage: true });
  await page.getByRole('button', { name: 'Activer mon compte' }).click();
  await poll(() => heading(page)).toBe('Bonjour Camille');

  // Log out, then log in with the new password.
  await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
  await poll(() => page.getByText('Vous êtes déconnecté.').count()).toBe(1);
  await page.getByRole('link', { name: 'Se connecter' }).first().click();
  await poll(() => heading(page)).toBe('Se connecter');
  await expectAccessible(page, 'login');
  await page.getByLabel('Adresse e-mail de connexion').fill(email);
  await page.getByLabel(/^Mot de passe/).fill(password);
  t = Date.now();
  await page.getByRole('button', { name: 'Se connecter' }).last().click();
  await poll(() => heading(page)).toBe('Bonjour Camille');
  timings.logIn = Date.now() - t;
  await expectAccessible(page, 'home (signed in)');

  // Switch to English: the interface, <html lang> and the account's language follow.
  await page.getByRole('button', { name: 'English' }).first().click();
  await poll(() => heading(page)).toBe('Hello Camille');
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await page.reload();
  await poll(() => heading(page)).toBe('Hello Camille');

  // Change the contact address, confirmed through the link sent to the new address.
  const newContact = `c.martin.${Date.now()}@mairie.example.fr`;
  await page
    .getByRole('link', { name: /My account/ })
    .first()
    .click();
  await poll(() => heading(page)).toBe('Identity and address');
  await expectAccessible(page, 'account: identity');
  await page.getByLabel(/^Address$/).fill('12 rue des Lilas');
  await page.getByLabel('Postal code').fill('33000');
  await page.getByLabel('City').fill('Bordeaux');
  await page.getByRole('button', { name: 'Save' }).click();
  await poll(() => page.getByText('Your changes are saved.').count()).toBe(1);
  await page.getByRole('link', { name: 'Contact address' }).click();
  await poll(() => heading(page)).toBe('Contact address');
  await page.getByLabel('New contact address').fill(newContact);
  await page.getByRole('button', { name: 'Send the confirmation link' }).click();
  await poll(() => page.getByText(`Awaiting confirmation: ${newContact}`).count()).toBe(1);
  await expectAccessible(page, 'account: contact address');
  await page.screenshot({ path: path.join(shots, '2-contact-pending.png'), fullPage: true });
  await followMailLink(page, base, { to: newContact, linkPath: '/email-change/' });
  await poll(() => heading(page)).toBe('Confirm the contact address');
  await expectAccessible(page, 'email change');
  await page.getByRole('button', { name: 'Confirm this address' }).click();
  await poll(() => page.getByText('Your new contact address is confirmed.').count()).toBe(1);
  await page.getByRole('link', { name: 'Back to my account' }).click();
  await poll(() => page.locator('#current-contact-email').textContent()).toBe(newContact);

  // The other sections of « Mon compte » open and pass the accessibility check.
  for (const [link, title] of [
    ['Language and notifications', 'Language and notifications'],
    ['Password', 'Password'],
    ['Two-factor authentication', 'Two-factor authentication'],
    ['Active sessions', 'Active sessions'],
    ['Security log', 'Security log'],
  ] as const) {
    await page.locator('.fr-sidemenu').getByRole('link', { name: link, exact: true }).click();
    await poll(() => heading(page)).toBe(title);
    await expectAccessible(page, `account: ${title}`);
  }
  await poll(() => page.locator('main table tbody tr').count()).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(shots, '3-security-log.png'), fullPage: true });

  // Log out.
  await page.getByRole('button', { name: 'Log out', exact: true }).first().click();
  await poll(() => page.getByText('You are logged out.').count()).toBe(1);
  await page.goto(`${base}/account/profile`);
  await poll(() => heading(page)).toBe('Log in');

  // A page that does not exist.
  await page.goto(`${base}/no-such-page`);
  await poll(() => heading(page)).toBe('Page not found');
  await expectAccessible(page, '404');

  timings.journey = Date.now() - journeyStart;
  expect(errors).toEqual([]);
  await context.close();
});
