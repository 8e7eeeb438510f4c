import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { seedDemoData } from '../../packages/server/src/seed/demo';
import { DEMO_SUPPLIER } from '../../packages/server/src/seed/structures';
import { facturxPdf } from '../../packages/server/test/support/pdf-deposits';
import {
  makeIdentities,
  signPdfDocument,
  signXades,
} from '../../packages/server/test/support/signature-fixtures';
import { launchBrowser } from './support/browser';
import { printedInvoicePdf } from './support/invoice-pdf';
import { expectAccessible, heading, logIn } from './support/journey';
import { poll } from './support/poll';
import { startPortal, type PortalServer } from './support/server';

// « Dépôt d'une facture » as a PDF: Marie (Atelier Martin) uploads the PDF her invoicing tool
// printed, finds the invoice pre-filled with the recognised fields highlighted beside the PDF,
// corrects the number, sends it after the confirmation, and sees the sent invoice with the PDF as
// its main document, byte for byte.

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

test('deposit a PDF, check the recognised fields, correct one and send', async () => {
  const base = portal.baseUrl;
  const { db } = portal.ctx;
  const today = new Date().toISOString().slice(0, 10);
  const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  // A public structure of the demo directory with an active service and no EJ obligation.
  const recipient = await db
    .selectFrom('structures')
    .innerJoin('services', 'services.structure_id', 'structures.id')
    .select(['structures.name', 'structures.identifier', 'services.code'])
    .where('structures.is_public', '=', true)
    .where('structures.status', '=', 'active')
    .where('structures.identifier_type', '=', 'SIRET')
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
  const printedNumber = `FA-${Date.now() % 1_000_000}`;
  const pdf = Buffer.from(
    await printedInvoicePdf({
      sellerName: DEMO_SUPPLIER.name,
      sellerSiret: DEMO_SUPPLIER.siret,
      buyerName: recipient.name,
      buyerSiret: recipient.identifier,
      number: printedNumber,
      issueDate: today,
      dueDate: due,
      totalExclVat: '1250.00',
      vat: '250.00',
      totalInclVat: '1500.00',
      iban: 'FR76 3000 6000 0112 3456 7890 189',
    }),
  );

  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await logIn(page, base, DEMO_SUPPLIER.principal, 'Fournisseur-Marie-2026!');
  await poll(() => page.getByRole('link', { name: 'Factures émises' }).count()).toBeGreaterThan(0);

  // From « Factures émises » to the deposit: format, cadre de facturation, the file.
  await page.goto(`${base}/invoices`);
  await poll(() => heading(page)).toBe('Factures émises');
  await page.getByRole('link', { name: 'Déposer une facture PDF' }).click();
  await poll(() => heading(page)).toBe('Déposer une facture PDF');
  expect(await page.getByLabel('PDF non signé').isChecked()).toBe(true);
  await expect(page.getByLabel('PDF signé (signature PAdES)').count()).resolves.toBe(1);
  const choose = (format: string) => page.locator('label', { hasText: format }).click();
  await choose('PDF signé (signature XAdES)');
  await poll(() => page.locator('input[name="signature"]').count()).toBe(1);
  await choose('PDF non signé');
  await poll(() => page.locator('input[name="signature"]').count()).toBe(0);
  await page.getByLabel('Cadre de facturation').selectOption('A1');
  await expectAccessible(page, 'deposit page');
  await page
    .locator('input[name="pdf"]')
    .setInputFiles({ name: 'facture.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByRole('button', { name: 'Déposer et reconnaître' }).click();

  // Pre-filled from the PDF's text, each recognised field highlighted with its confidence.
  await poll(() => page.getByText(/^Facture pré-remplie à partir de facture\.pdf/).count()).toBe(1);
  const field = (name: string) => page.locator(`input[name="${name}"]`);
  const highlighted = (name: string) =>
    page.locator('.chorale-recognized').filter({ has: field(name) });
  await poll(() => field('number').inputValue()).toBe(printedNumber);
  await poll(() => field('recipient.identifier').inputValue()).toBe(recipient.identifier);
  // The printed buyer SIRET found in the directory, named so Marie sees whom she invoices.
  const match = (await page.getByTestId('recipient-match').textContent()) ?? '';
  expect(match).toContain(recipient.name);
  expect(match).toContain(recipient.identifier);
  expect(await field('issueDate').inputValue()).toBe(today);
  expect(await field('dueDate').inputValue()).toBe(due);
  expect(await field('iban').inputValue()).toBe('FR7630006000011234567890189');
  for (const name of ['number', 'recipient.identifier', 'issueDate', 'dueDate', 'iban'])
    expect(await highlighted(name).textContent(), name).toMatch(/Reconnu \(\d{1,3}\s%\)/);
  expect(await page.getByTestId('to-check').textContent()).toMatch(/^\d+ champ\(s\) reconnu/);
  // The amounts read on the PDF beside the totals computed from the pre-filled line.
  expect(await page.getByTestId('read-amounts').textContent()).toContain('1500.00');
  await poll(() => page.getByTestId('total-incl').textContent()).toBe('1500.00 EUR');
  // The PDF itself, in the browser's viewer, as the server kept it.
  const preview = await page.locator('object.chorale-pdf-frame').getAttribute('data');
  const kept = await context.request.get(`${base}${preview ?? ''}`);
  expect(kept.status()).toBe(200);
  expect(Buffer.from(await kept.body()).equals(pdf)).toBe(true);
  await expectAccessible(page, 'pre-filled form');

  // Marie corrects the number (her tool printed a provisional one): its highlight goes.
  const number = `E2E-PDF-${Date.now() % 1_000_000}`;
  await field('number').fill(number);
  await poll(() => highlighted('number').count()).toBe(0);
  expect(await highlighted('iban').count()).toBe(1);
  await page.getByLabel('Code service').selectOption(recipient.code);

  // Sent from the form, after the same confirmation as a typed invoice.
  await page.getByRole('button', { name: 'Valider et envoyer' }).click();
  await poll(() => page.getByRole('dialog').count()).toBe(1);
  await page.getByRole('button', { name: 'Confirmer l’envoi' }).click();
  await poll(() => heading(page)).toBe(`Facture ${number}`);
  await poll(() => page.getByTestId('invoice-status').textContent()).toBe('Mise à disposition');
  expect(await page.getByTestId('chorale-id').textContent()).toMatch(/^CHO\d+$/);
  expect(await page.getByTestId('deposit-mode').textContent()).toBe('Dépôt PDF sur le portail');
  const mainDocument = page.getByRole('link', { name: 'Document principal : facture.pdf' });
  expect(await mainDocument.count()).toBe(1);
  const sha = createHash('sha256').update(pdf).digest('hex');
  expect(await page.getByTestId('main-document').textContent()).toContain(sha);
  const downloaded = await context.request.get(
    `${base}${(await mainDocument.getAttribute('href')) ?? ''}`,
  );
  expect(downloaded.status()).toBe(200);
  expect(Buffer.from(await downloaded.body()).equals(pdf)).toBe(true);
  await expectAccessible(page, 'deposited invoice page');

  // What Marie confirmed is what was stored: the corrected number, the recognised amounts.
  const stored = await db
    .selectFrom('invoices')
    .select(['number', 'status', 'deposit_mode', 'source_sha256', 'total_incl_vat'])
    .where('number', '=', number)
    .executeTakeFirstOrThrow();
  expect(stored).toMatchObject({
    number,
    status: 'MISE_A_DISPOSITION',
    deposit_mode: 'DEPOT_PDF_PORTAIL',
    source_sha256: sha,
  });
  expect(String(stored.total_incl_vat)).toMatch(/^1500(\.0+)?$/);
  expect(errors).toEqual([]);
  await context.close();
});

/** Uploads a file from the deposit page with the chosen format. */
async function deposit(page: Page, format: string, name: string, pdf: Buffer): Promise<void> {
  await page.goto(`${portal.baseUrl}/invoices/deposit`);
  await poll(() => heading(page)).toBe('Déposer une facture PDF');
  await page.locator('label', { hasText: format }).click();
  await page
    .locator('input[name="pdf"]')
    .setInputFiles({ name, mimeType: 'application/pdf', buffer: pdf });
  await page.getByRole('button', { name: 'Déposer et reconnaître' }).click();
}

test('signed PDFs: PAdES refused when it holds no signature, PAdES and XAdES verified', async () => {
  const base = portal.baseUrl;
  const today = new Date().toISOString().slice(0, 10);
  const printed = {
    sellerName: DEMO_SUPPLIER.name,
    sellerSiret: DEMO_SUPPLIER.siret,
    buyerName: 'Commune',
    buyerSiret: '00000000000000',
    number: `SIG-${Date.now() % 1_000_000}`,
    issueDate: today,
    dueDate: today,
    totalExclVat: '100.00',
    vat: '20.00',
    totalInclVat: '120.00',
    iban: 'FR76 3000 6000 0112 3456 7890 189',
  };
  const unsigned = Buffer.from(await printedInvoicePdf(printed));
  const { signer } = await makeIdentities(new Date());
  const signed = await signPdfDocument(await PDFDocument.load(unsigned), signer, new Date());

  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await logIn(page, base, DEMO_SUPPLIER.principal, 'Fournisseur-Marie-2026!');
  await poll(() => page.getByRole('link', { name: 'Factures émises' }).count()).toBeGreaterThan(0);

  // Declared signed, but it is not: refused with the reason, nothing to fill in.
  await deposit(page, 'PDF signé (signature PAdES)', 'non-signe.pdf', unsigned);
  await poll(() =>
    page.getByText('Le PDF ne contient aucune signature électronique.').count(),
  ).toBeGreaterThan(0);
  expect(page.url()).toBe(`${base}/invoices/deposit`);

  // Signed by a certificate of no configured trust list: intact, never called valid.
  await deposit(page, 'PDF signé (signature PAdES)', 'facture-signee.pdf', signed);
  await poll(() => page.getByTestId('signature-status').textContent()).toBe(
    'Signature intacte, signataire non vérifié auprès d’une liste de confiance',
  );
  const report = (await page.getByTestId('signature').textContent()) ?? '';
  expect(report).toContain('CN=Marie Martin');
  expect(report).toContain('CN=Chorale Test CA');
  expect(report).toContain('La signature couvre tout le document.');
  expect(report).toContain('Signataire non vérifié auprès d’une liste de confiance.');
  await poll(() => page.locator('input[name="number"]').inputValue()).toBe(printed.number);
  await expectAccessible(page, 'signed deposit');

  // Saved as a draft: the invoice keeps the signed PDF, its verification and the deposit mode.
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await poll(() => heading(page)).toBe(`Facture ${printed.number}`);
  await poll(() => page.getByTestId('invoice-status').textContent()).toBe('Brouillon');
  expect(await page.getByTestId('deposit-mode').textContent()).toBe(
    'Dépôt PDF signé sur le portail',
  );
  expect(await page.getByTestId('signature-status').textContent()).toBe(
    'Signature intacte, signataire non vérifié auprès d’une liste de confiance',
  );
  expect(
    await page.getByRole('link', { name: 'Document principal : facture-signee.pdf' }).count(),
  ).toBe(1);
  await expectAccessible(page, 'signed invoice page');

  // XAdES: the PDF and its detached signature file, uploaded together.
  const xades = await signXades(unsigned, signer, { signingTime: new Date() });
  await page.goto(`${base}/invoices/deposit`);
  await poll(() => heading(page)).toBe('Déposer une facture PDF');
  await page.locator('label', { hasText: 'PDF signé (signature XAdES)' }).click();
  await page
    .locator('input[name="pdf"]')
    .setInputFiles({ name: 'facture.pdf', mimeType: 'application/pdf', buffer: unsigned });
  await page.getByRole('button', { name: 'Déposer et reconnaître' }).click();
  await poll(() => page.getByText('Choisissez le fichier de signature XAdES.').count()).toBe(1);
  await page.locator('input[name="signature"]').setInputFiles({
    name: 'facture.xml',
    mimeType: 'application/xml',
    buffer: Buffer.from(xades),
  });
  await page.getByRole('button', { name: 'Déposer et reconnaître' }).click();
  await poll(() => page.getByTestId('signature-status').textContent()).toBe(
    'Signature intacte, signataire non vérifié auprès d’une liste de confiance',
  );
  expect(await page.getByTestId('signature').textContent()).toContain('XAdES');
  await poll(() => page.locator('input[name="number"]').inputValue()).toBe(printed.number);
  expect(errors).toEqual([]);
  await context.close();
});

test('a Factur-X PDF: the form filled from its embedded XML, whose findings are listed', async () => {
  const base = portal.baseUrl;
  const today = new Date().toISOString().slice(0, 10);
  const recipient = await portal.ctx.db
    .selectFrom('structures')
    .select(['identifier'])
    .where('is_public', '=', true)
    .where('status', '=', 'active')
    .where('identifier_type', '=', 'SIRET')
    .orderBy('name')
    .executeTakeFirstOrThrow();
  const number = `FX-${Date.now() % 1_000_000}`;
  // No seller VAT number: the XML is readable but breaks BR-S-02, which the page must list.
  const pdf = Buffer.from(
    await facturxPdf(
      {
        recipient: { identifier: recipient.identifier },
        billingFramework: 'A1',
        kind: 'invoice',
        number,
        currency: 'EUR',
        vatRegime: 'DEBIT',
        issueDate: today,
        lines: [
          {
            description: 'Conseil',
            quantity: '3',
            unitCode: 'HUR',
            unitPrice: '80.00',
            vatCategory: 'S',
            vatRate: '20',
          },
        ],
        allowances: [],
        charges: [],
        attachments: [],
      } as never,
      { sellerSiret: DEMO_SUPPLIER.siret, sellerVat: '', buyerSiret: recipient.identifier },
    ),
  );

  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await logIn(page, base, DEMO_SUPPLIER.principal, 'Fournisseur-Marie-2026!');
  await poll(() => page.getByRole('link', { name: 'Factures émises' }).count()).toBeGreaterThan(0);
  await deposit(page, 'PDF non signé', 'facturx.pdf', pdf);
  await poll(() => page.getByText(/\(données XML Factur-X intégrées\)/).count()).toBe(1);
  const numberField = page.locator('.chorale-recognized').filter({
    has: page.locator('input[name="number"]'),
  });
  expect(await page.locator('input[name="number"]').inputValue()).toBe(number);
  expect(await numberField.textContent()).toContain('Lu dans les données Factur-X du PDF');
  expect(await page.getByLabel('Désignation 1', { exact: true }).inputValue()).toBe('Conseil');
  await poll(() => page.getByTestId('total-incl').textContent()).toBe('288.00 EUR');
  await poll(() => page.getByText('Contrôles des données Factur-X intégrées').count()).toBe(1);
  expect(await page.locator('.chorale-deposit-preview').textContent()).toContain('[BR-S-02]');
  await expectAccessible(page, 'Factur-X deposit');
  expect(errors).toEqual([]);
  await context.close();
});
