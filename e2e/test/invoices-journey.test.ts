import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedDemoData } from '../../packages/server/src/seed/demo';
import { launchBrowser } from './support/browser';
import { expectAccessible, heading, logIn } from './support/journey';
import { poll } from './support/poll';
import { startPortal, type PortalServer } from './support/server';

// Issue 6's journey: Marie (Atelier Martin, « Factures émises ») types an invoice to a structure of
// the directory, sees the totals computed as she types, saves the draft, sends it after the
// confirmation, downloads its Factur-X PDF and receipt, and finds it again by its number.

let portal: PortalServer;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
  await seedDemoData(portal.ctx);
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

test('type, save, send and find an invoice', async () => {
  const base = portal.baseUrl;
  const { db } = portal.ctx;
  // The demo data already holds two sent invoices and a draft of Atelier Martin.
  const demo = await db
    .selectFrom('invoices')
    .select(['status'])
    .where('number', 'like', 'AM-%')
    .execute();
  expect(demo.map((i) => i.status).sort()).toEqual([
    'BROUILLON',
    'MISE_A_DISPOSITION',
    'MISE_A_DISPOSITION',
  ]);
  // A public structure of the demo directory with an active service and no EJ obligation.
  const today = new Date().toISOString().slice(0, 10);
  const recipient = await db
    .selectFrom('structures')
    .innerJoin('services', 'services.structure_id', 'structures.id')
    .select(['structures.name', 'structures.identifier', 'services.code'])
    .where('structures.is_public', '=', true)
    .where('structures.status', '=', 'active')
    .where('structures.legal_commitment_required', '=', false)
    .where('services.is_active', '=', true)
    .where('services.legal_commitment_required', '=', false)
    .where((eb) =>
      eb.or([eb('services.valid_to', 'is', null), eb('services.valid_to', '>=', today)]),
    )
    .where((eb) =>
      eb.or([eb('services.valid_from', 'is', null), eb('services.valid_from', '<=', today)]),
    )
    .orderBy('structures.name')
    .executeTakeFirstOrThrow();

  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await logIn(page, base, 'marie.martin@demo.chorale.localhost', 'Fournisseur-Marie-2026!');
  await poll(() => page.getByRole('link', { name: 'Factures émises' }).count()).toBeGreaterThan(0);

  await page.goto(`${base}/invoices/new`);
  await poll(() => heading(page)).toBe('Saisir une facture');
  await page
    .locator('input[name="directory-search"]')
    .first()
    .fill(recipient.identifier.slice(0, 9));
  await page
    .getByRole('button', { name: new RegExp(recipient.identifier) })
    .first()
    .click();
  await poll(() => page.getByLabel('Identifiant du destinataire (SIRET)').inputValue()).toBe(
    recipient.identifier,
  );
  await page.getByLabel('Code service').selectOption(recipient.code);
  const number = `E2E-${Date.now() % 1_000_000}`;
  await page
    .getByLabel('Numéro de facture (20 caractères : lettres, chiffres, - _ / +)')
    .fill(number);
  await page.getByLabel('Désignation 1', { exact: true }).fill('Chaises de bureau');
  await page.getByLabel('Quantité 1', { exact: true }).fill('3');
  await page.getByLabel('Prix unitaire HT 1', { exact: true }).fill('19.99');
  // Totals as the user types, with the core money module: 59.97 + 20 % = 71.96.
  await poll(() => page.getByTestId('total-incl').textContent()).toBe('71.96 EUR');
  await expectAccessible(page, 'invoice form');
  await page.getByLabel('IBAN du fournisseur').fill('FR7630006000011234567890189');
  await page.getByLabel('Date d’échéance').fill(today);
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();

  await poll(() => heading(page)).toBe(`Facture ${number}`);
  await poll(() => page.getByTestId('invoice-status').textContent()).toBe('Brouillon');
  await page.getByRole('button', { name: 'Valider et envoyer' }).click();
  await poll(() => page.getByRole('dialog').count()).toBe(1);
  await page.getByRole('button', { name: 'Confirmer l’envoi' }).click();
  await poll(() => page.getByTestId('invoice-status').textContent()).toBe('Mise à disposition');
  await expectAccessible(page, 'invoice page');
  const choraleId = (await page.getByTestId('chorale-id').textContent()) ?? '';
  expect(choraleId).toMatch(/^CHO\d+$/);

  // The documents download with the session.
  const invoiceUrl = new URL(page.url());
  for (const kind of ['facturx', 'receipt']) {
    const res = await context.request.get(`${base}/api/v1${invoiceUrl.pathname}/documents/${kind}`);
    expect(res.status()).toBe(200);
    expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }

  // Found again by its number in « Recherche de factures ».
  await page.goto(`${base}/invoices`);
  await poll(() => heading(page)).toBe('Factures émises');
  await page.getByLabel('Numéro de facture').fill(number);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await poll(() => page.getByText('1 facture(s)').count()).toBe(1);
  await poll(() => page.getByRole('link', { name: number }).count()).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await context.close();
});
