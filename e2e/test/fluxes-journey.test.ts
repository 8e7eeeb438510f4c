import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_ACCOUNTS } from '../../packages/server/src/seed/accounts';
import { seedDemoData } from '../../packages/server/src/seed/demo';
import { DEMO_SUPPLIER } from '../../packages/server/src/seed/structures';
import { launchBrowser } from './support/browser';
import { partyOf, ublInvoice, zipOf } from './support/flux-lot';
import { expectAccessible, heading, logIn } from './support/journey';
import { poll } from './support/poll';
import { startPortal, type PortalServer } from './support/server';

// « Dépôt d'un lot de factures »: Marie (Atelier Martin) drops a zip of three UBL invoices, one of
// them wrong, follows the flux to its report, opens the refusal's rule, goes to an accepted
// invoice and downloads the CSV report. Then the operator puts the portal in maintenance: Marie
// sees the maintenance page while the API channel keeps being served.

let portal: PortalServer;
let browser: Browser;

const marie = DEMO_ACCOUNTS.find((a) => a.email === DEMO_SUPPLIER.principal);
const operator = DEMO_ACCOUNTS.find((a) => a.isOperator);

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
  await seedDemoData(portal.ctx);
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

/** Drops a file on the drop zone as a person dragging it from their desktop would. */
async function dropFile(page: Page, testId: string, name: string, bytes: Buffer, type: string) {
  const transfer = await page.evaluateHandle(
    ({ name, data, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], name, { type }));
      return dt;
    },
    { name, data: [...bytes], type },
  );
  const zone = page.getByTestId(testId);
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

async function recipientWithService() {
  const today = new Date().toISOString().slice(0, 10);
  return portal.ctx.db
    .selectFrom('structures')
    .innerJoin('services', 'services.structure_id', 'structures.id')
    .select(['structures.identifier', 'services.code'])
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
}

test('a supplier deposits a zip of invoices and reads the integration report', async () => {
  if (!marie) throw new Error('demo supplier missing');
  const base = portal.baseUrl;
  const target = await recipientWithService();
  const supplier = await partyOf(portal.ctx.db, DEMO_SUPPLIER.siret);
  const recipient = await partyOf(portal.ctx.db, target.identifier);
  const stamp = String(Date.now()).slice(-6);
  const good = [`LOT-${stamp}-1`, `LOT-${stamp}-2`];
  const bad = `LOT-${stamp}-3`;
  // The third invoice states a total that is not the sum of its parts (EN 16931 BR-CO-15).
  const wrong = ublInvoice(supplier, recipient, target.code, bad).replace(
    /<cbc:TaxInclusiveAmount currencyID="EUR">[^<]+</,
    '<cbc:TaxInclusiveAmount currencyID="EUR">999.99<',
  );
  expect(wrong).toContain('999.99');
  const zip = zipOf([
    { name: `${good[0]}.xml`, text: ublInvoice(supplier, recipient, target.code, good[0] ?? '') },
    { name: `${good[1]}.xml`, text: ublInvoice(supplier, recipient, target.code, good[1] ?? '') },
    { name: `${bad}.xml`, text: wrong },
  ]);

  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await logIn(page, base, marie.email, marie.password);
  await poll(() => page.getByRole('link', { name: 'Suivi des flux' }).count()).toBeGreaterThan(0);

  await page.getByRole('link', { name: 'Suivi des flux' }).first().click();
  await poll(() => heading(page)).toBe('Suivi des flux');
  await page.getByRole('link', { name: 'Déposer un lot de factures' }).click();
  await poll(() => heading(page)).toBe('Déposer un lot de factures');
  await expectAccessible(page, 'flux deposit');
  await page.getByLabel('Syntaxe du flux').selectOption('IN_DP_E1_UBL_INVOICE');
  await dropFile(page, 'flux-dropzone', 'lot.zip', zip, 'application/zip');
  await poll(() => page.getByTestId('flux-file-chosen').textContent()).toContain('lot.zip');
  // Progress bars come and go quickly on a small flux: a watcher notes each one that appears.
  await page.evaluate(() => {
    const w = globalThis as unknown as { seenProgress: string[] };
    w.seenProgress = [];
    new MutationObserver(() => {
      for (const p of Array.from(document.querySelectorAll('progress'))) {
        if (!w.seenProgress.includes(p.id)) w.seenProgress.push(p.id);
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('button', { name: 'Déposer le flux' }).click();

  // The flux page follows the integration to its end.
  await poll(() => heading(page)).toMatch(/^Flux FLX\d{13}$/);
  const fluxNumber = (await heading(page)).replace('Flux ', '');
  await expect
    .poll(() => page.getByTestId('flux-state').textContent(), { timeout: 60_000, interval: 250 })
    .toContain('Intégré partiellement');
  await poll(() => page.getByTestId('flux-counts').textContent()).toBe(
    '2 acceptée(s), 1 refusée(s) sur 3',
  );
  await expectAccessible(page, 'flux page');
  const seen = await page.evaluate(
    () => (globalThis as unknown as { seenProgress: string[] }).seenProgress,
  );
  expect(seen).toContain('flux-upload-progress');

  // The refused invoice: its rule IDs in the summary, every finding once opened.
  const fluxId = new URL(page.url()).pathname.split('/').pop() ?? '';
  const api = await context.request.get(`${base}/api/v1/fluxes/${fluxId}`);
  expect(api.status()).toBe(200);
  const detail = (await api.json()) as {
    items: Array<{ number: string; status: string; findings: Array<{ rule: string }> }>;
  };
  const refused = detail.items.find((i) => i.status === 'refused');
  expect(refused?.number).toBe(bad);
  const rule = refused?.findings[0]?.rule ?? '';
  expect(rule).toMatch(/^BR-/);
  const summary = page.locator('details.chorale-flux-findings summary', { hasText: rule });
  await summary.click();
  const finding = page.locator(`tr[data-rule="${rule}"]`).first();
  await poll(() => finding.isVisible()).toBe(true);
  expect((await finding.textContent()) ?? '').toContain(rule);
  expect(await page.locator('tr[data-result="refused"]').textContent()).toContain(bad);

  // The CSV report downloads with the session: the refusal is in it with its rule.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Compte-rendu CSV' }).click(),
  ]);
  const csv = fs.readFileSync((await download.path()) ?? '', 'utf8');
  expect(csv).toContain(fluxNumber);
  expect(csv).toContain(rule);
  expect(csv).toContain('Refusée');
  expect(csv.split('\r\n').filter((l) => l.includes('Acceptée'))).toHaveLength(2);

  // An accepted invoice opens in « Factures émises ».
  await page.getByRole('link', { name: good[0] ?? '' }).click();
  await poll(() => heading(page)).toBe(`Facture ${good[0]}`);

  // The list shows the flux with its final status.
  await page.goto(`${base}/fluxes`);
  await poll(() => heading(page)).toBe('Suivi des flux');
  const row = page.locator(`tr[data-flux="${fluxNumber}"]`);
  await poll(() => row.textContent()).toContain('Intégré partiellement');
  await expectAccessible(page, 'flux list');
  expect(errors).toEqual([]);
  await context.close();
});

test('the operator puts the portal in maintenance; a supplier sees the maintenance page', async () => {
  if (!marie || !operator) throw new Error('demo accounts missing');
  const base = portal.baseUrl;
  const admin = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const op = await admin.newPage();
  await logIn(op, base, operator.email, operator.password);
  await poll(() => op.getByRole('link', { name: 'Maintenance' }).count()).toBeGreaterThan(0);
  await op.getByRole('link', { name: 'Maintenance' }).first().click();
  await poll(() => heading(op)).toBe('Maintenance');
  await expectAccessible(op, 'maintenance screen');
  await op
    .getByLabel('Message aux utilisateurs, en français (facultatif)')
    .fill('Mise à jour du portail.');
  await op.getByLabel('Message aux utilisateurs, en anglais (facultatif)').fill('Portal update.');
  await op.getByRole('button', { name: 'Mettre en maintenance' }).click();
  await poll(() => op.getByTestId('maintenance-current').textContent()).toContain(
    'En maintenance depuis',
  );
  // The operator keeps the portal, with a banner.
  await poll(() => op.getByText('Le portail est en maintenance').count()).toBeGreaterThan(0);

  const supplier = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const page = await supplier.newPage();
  await logIn(page, base, marie.email, marie.password);
  await poll(() => heading(page)).toBe('Portail en maintenance');
  await poll(() => page.getByText('Mise à jour du portail.').count()).toBe(1);
  await expectAccessible(page, 'maintenance page');
  await page.goto(`${base}/fluxes`);
  await poll(() => heading(page)).toBe('Portail en maintenance');
  // The same session through the API channel (no portal header) is still served.
  const viaApi = await supplier.request.get(`${base}/api/v1/me/structures`);
  expect(viaApi.status()).toBe(200);
  const viaPortal = await supplier.request.get(`${base}/api/v1/me/structures`, {
    headers: { 'x-chorale-client': 'portal' },
  });
  expect(viaPortal.status()).toBe(503);

  // The operator ends it; the supplier's retry brings the portal back.
  await op.getByRole('button', { name: 'Terminer la maintenance' }).click();
  await poll(() => op.getByTestId('maintenance-current').textContent()).toBe(
    'Aucune maintenance en cours ni prévue.',
  );
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await poll(() => heading(page)).toBe('Suivi des flux');
  await admin.close();
  await supplier.close();
});
