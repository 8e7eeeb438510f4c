import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedDemoData } from '../../packages/server/src/seed/demo';
import { launchBrowser } from './support/browser';
import { expectAccessible, heading, logIn, signUpAndActivate } from './support/journey';
import { poll } from './support/poll';
import { startPortal, type PortalServer } from './support/server';

// Issue 3's journey: user A creates a structure (validated by the operator), user B asks to be
// attached, A accepts and grants B « Factures émises » limited to one service, B sees only that.

let portal: PortalServer;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
  // Demo data gives the operator account (operateur@chorale.localhost).
  await seedDemoData(portal.ctx);
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

async function newPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** An API call with the page's session (cookie) and CSRF token, as the front end makes it. */
async function apiCall<T>(
  context: BrowserContext,
  method: 'GET' | 'POST',
  path: string,
  data?: unknown,
) {
  const cookies = await context.cookies();
  const csrf = cookies.find((c) => c.name === 'chorale_csrf')?.value ?? '';
  const res = await context.request.fetch(`${portal.baseUrl}/api/v1${path}`, {
    method,
    headers: { 'x-csrf-token': csrf, 'content-type': 'application/json' },
    ...(data !== undefined ? { data: JSON.stringify(data) } : {}),
  });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return (await res.json()) as T;
}

test('create a structure, attach a user, limit them to one service', async () => {
  const base = portal.baseUrl;
  const stamp = Date.now();
  const structureName = `Ébénisterie Rousseau ${stamp}`;
  // A valid SIRET (Luhn) not used by the demo data.
  const siret = '73282932000074';

  // User A creates the structure from « Mon compte »: it waits for the operator.
  const a = await newPage();
  await signUpAndActivate(a.page, base, {
    email: `alice.rousseau.${stamp}@example.org`,
    password: 'four quiet rivers under snow',
    firstName: 'Alice',
    lastName: 'Rousseau',
  });
  await a.page.goto(`${base}/account/structures`);
  await poll(() => heading(a.page)).toBe('My structures');
  await expectAccessible(a.page, 'my structures (empty)');
  await a.page.getByLabel('Identifier (SIRET: 14 digits)').fill(siret);
  await a.page.getByLabel('Company name (or name)').fill(structureName);
  await a.page.getByRole('button', { name: 'Create the structure' }).click();
  await poll(() =>
    a.page
      .getByText('Structure created: it can be used once the operator has validated it.')
      .count(),
  ).toBe(1);
  await poll(() => a.page.getByRole('cell', { name: 'Awaiting validation' }).count()).toBe(1);

  // The operator validates it.
  const op = await newPage();
  await logIn(op.page, base, 'operateur@chorale.localhost', 'Operateur-Demo-2026!');
  await poll(() => heading(op.page)).toBe('Bonjour Olivia');
  const pending = await apiCall<Array<{ id: string; name: string }>>(
    op.context,
    'GET',
    '/operator/structures',
  );
  const structure = pending.find((s) => s.name === structureName);
  expect(structure).toBeDefined();
  await apiCall(op.context, 'POST', `/operator/structures/${structure?.id ?? ''}/decision`, {
    accept: true,
  });

  // User B finds it by its exact name and asks to be attached.
  const b = await newPage();
  await signUpAndActivate(b.page, base, {
    email: `bruno.petit.${stamp}@example.org`,
    password: 'three tall ships in the fog',
    firstName: 'Bruno',
    lastName: 'Petit',
  });
  await b.page.goto(`${base}/account/structures`);
  await poll(() => heading(b.page)).toBe('My structures');
  await b.page
    .getByLabel('At least 3 characters of the identifier, or the exact company name')
    .fill(structureName);
  await b.page.getByRole('button', { name: 'Search' }).click();
  await b.page.getByRole('button', { name: 'Ask to be attached' }).click();
  await poll(() => b.page.getByText("Request sent to the structure's managers.").count()).toBe(1);
  await expectAccessible(b.page, 'attachment search');
  // The menu bar shows no manager espace to B.
  await poll(() => b.page.getByRole('link', { name: 'Manager activity' }).count()).toBe(0);

  // A, in « Activité du gestionnaire », accepts, creates a service and limits B to it.
  await a.page.goto(`${base}/manager`);
  await poll(() => heading(a.page)).toBe('Manager activity');
  await poll(() => a.page.getByRole('link', { name: 'Manager activity' }).count()).toBe(1);
  await a.page.getByLabel("Select Bruno Petit's request").check({ force: true });
  await a.page.getByRole('button', { name: 'Accept the selection' }).click();
  await poll(() => a.page.getByText('1 request(s) decided.').count()).toBe(1);
  await a.page.getByLabel('Code', { exact: true }).fill('LYON');
  await a.page.getByLabel('Name', { exact: true }).fill('Agence de Lyon');
  await a.page.getByRole('button', { name: 'Create the service' }).click();
  const card = a.page.locator('.fr-card', { hasText: 'Bruno Petit' });
  await poll(() => card.getByLabel('All services').count()).toBe(1);
  await card.getByLabel('All services').uncheck({ force: true });
  await card.getByLabel('LYON — Agence de Lyon').check({ force: true });
  await card.getByRole('button', { name: 'Save' }).click();
  await poll(() => a.page.getByText('Habilitations saved.').count()).toBe(1);
  await expectAccessible(a.page, 'manager activity');

  // B, without logging out, sees the structure with « Factures émises » and one service only.
  await b.page.goto(`${base}/account/structures`);
  const row = b.page.locator('tr', { hasText: structureName });
  await poll(() => row.textContent()).toContain('Issued invoices');
  expect(await row.textContent()).toContain('1 service(s)');
  expect(await row.textContent()).toContain('Simple user');
  const services = await apiCall<Array<{ code: string }>>(
    b.context,
    'GET',
    `/structures/${structure?.id ?? ''}/services`,
  );
  expect(services.map((s) => s.code)).toEqual(['LYON']);

  // The home page: B's espaces in the menu and on the page, the directory search, the news.
  await apiCall(op.context, 'POST', '/operator/news', {
    title: { fr: 'Nouveau portail', en: 'New portal' },
    body: { fr: 'Chorale est ouvert.', en: 'Chorale is open.' },
  });
  await b.page.goto(`${base}/`);
  await poll(() => b.page.getByRole('heading', { name: 'New portal' }).count()).toBe(1);
  await poll(() => b.page.getByRole('link', { name: 'Issued invoices' }).count()).toBeGreaterThan(
    0,
  );
  expect(await b.page.getByRole('link', { name: 'Manager activity' }).count()).toBe(0);
  await expectAccessible(b.page, 'home page');
  await b.page.goto(`${base}/help?ecran=%2Fmanager`);
  await poll(() => heading(b.page)).toBe('Help');
  await b.page.getByLabel('Your question').fill('services');
  await poll(() => b.page.getByRole('heading', { name: 'Services', exact: true }).count()).toBe(1);
  await expectAccessible(b.page, 'help');

  // A makes B secondary manager: B's next page shows « Activité du gestionnaire », no log out.
  await a.page.goto(`${base}/manager`);
  const bCard = a.page.locator('.fr-card', { hasText: 'Bruno Petit' });
  await bCard.getByRole('button', { name: 'Make secondary manager' }).click();
  await poll(() => bCard.textContent()).toContain('Secondary manager');
  await b.page.goto(`${base}/account/structures`);
  await poll(() => b.page.getByRole('link', { name: 'Manager activity' }).count()).toBe(1);
  expect([...a.errors, ...b.errors, ...op.errors]).toEqual([]);
});
