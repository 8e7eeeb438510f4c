import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { recognizePdf } from '../src/recognition/recognize-pdf';
import type { FieldBox } from '../src/recognition/types';

/** Text drawn at (x, top) with top measured from the page's top edge, as on screen. */
type Row = [text: string, x: number, top: number];

const PAGE_HEIGHT = 841.89;
const SIZE = 10;

async function invoicePdf(rows: Row[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595.28, PAGE_HEIGHT]);
  for (const [text, x, top] of rows) {
    page.drawText(text, { x, y: PAGE_HEIGHT - top, size: SIZE, font });
  }
  return pdf.save();
}

const HEADER: Row[] = [
  ['Fournisseur SARL - SIRET 12345678900015 - TVA FR32123456789', 40, 40],
  ['Facture n° FA-2026-0042', 40, 100],
  ['Date de facture : 02/11/2026', 40, 115],
];

const TABLE: Row[] = [
  ['Désignation', 40, 200],
  ['Quantité', 250, 200],
  ['Prix unitaire', 320, 200],
  ['TVA', 400, 200],
  ['Total HT', 480, 200],
  ['Maintenance annuelle', 40, 220],
  ['2', 265, 220],
  ['400,00', 330, 220],
  ['20 %', 400, 220],
  ['800,00', 485, 220],
  ['Pièces détachées', 40, 235],
  ['4', 265, 235],
  ['50,00', 330, 235],
  ['20 %', 400, 235],
  ['200,00', 485, 235],
  ['Livres', 40, 250],
  ['10', 262, 250],
  ['20,00', 330, 250],
  ['5,5 %', 400, 250],
  ['200,00', 485, 250],
];

const BREAKDOWN: Row[] = [
  ['Taux', 40, 300],
  ['Base HT', 120, 300],
  ['Montant TVA', 200, 300],
  ['20,00 %', 40, 315],
  ['1 000,00', 120, 315],
  ['200,00', 200, 315],
  ['5,50 %', 40, 330],
  ['200,00', 120, 330],
  ['11,00', 200, 330],
];

const TOTALS: Row[] = [
  ['Total HT', 400, 380],
  ['1 200,00 €', 480, 380],
  ['Total TVA', 400, 395],
  ['211,00 €', 480, 395],
  ['Total TTC', 400, 410],
  ['1 411,00 €', 480, 410],
  ['IBAN : FR76 3000 6000 0112 3456 7890 189 - BIC : AGRIFRPPXXX', 40, 500],
];

function near(box: FieldBox | undefined, x: number, top: number): void {
  expect(box).toBeDefined();
  const b = box as FieldBox;
  expect(b.page).toBe(1);
  // The box holds the text's baseline and reaches up about one font size.
  expect(b.x).toBeGreaterThanOrEqual(x - 1);
  expect(b.x).toBeLessThan(x + 80);
  expect(b.y + b.height).toBeCloseTo(top, 0);
  expect(b.height).toBeGreaterThan(SIZE * 0.6);
  expect(b.height).toBeLessThan(SIZE * 1.6);
}

describe('recognition: what a convincing page gives beyond the header fields', () => {
  it('reads no lines, no breakdown and no BIC where the page has none', async () => {
    const bytes = await invoicePdf([
      ...HEADER,
      ['Prestations de conseil, novembre 2026', 40, 200],
      ['Total HT', 400, 380],
      ['1 000,00 €', 480, 380],
      // A rate with amounts that do not make its VAT: not a breakdown row.
      ['TVA 20 % sur 1 000,00 : 150,00', 40, 300],
      ['BIC : voir RIB joint', 40, 500],
    ]);
    const r = await recognizePdf(bytes);
    expect(r.method).toBe('text');
    expect(r.fields.invoiceNumber?.value).toBe('FA-2026-0042');
    expect(r.fields.lines).toBeUndefined();
    expect(r.fields.vatBreakdown).toBeUndefined();
    expect(r.fields.bic).toBeUndefined();
  });

  it('reads the VAT breakdown, checked against the totals', async () => {
    const r = await recognizePdf(await invoicePdf([...HEADER, ...BREAKDOWN, ...TOTALS]));
    expect(r.fields.totalWithoutVat?.value).toBe('1200.00');
    expect(r.fields.totalVat?.value).toBe('211.00');
    const rows = r.fields.vatBreakdown ?? [];
    expect(rows.map(({ rate, base, amount }) => ({ rate, base, amount }))).toEqual([
      { rate: '20.00', base: '1000.00', amount: '200.00' },
      { rate: '5.50', base: '200.00', amount: '11.00' },
    ]);
    // Sums agree with the totals: more sure than a row alone.
    for (const row of rows) expect(row.confidence).toBeGreaterThanOrEqual(0.9);
    near(rows[0]?.box, 40, 315);
  });

  it('reads the BIC next to the IBAN', async () => {
    const r = await recognizePdf(await invoicePdf([...HEADER, ...TOTALS]));
    expect(r.fields.iban?.value).toBe('FR7630006000011234567890189');
    expect(r.fields.bic?.value).toBe('AGRIFRPPXXX');
    expect(r.fields.bic?.confidence).toBeGreaterThan(0.8);
  });

  it('shows a labelled IBAN with wrong check digits, unsure; never an unlabelled one', async () => {
    const labelled = await recognizePdf(
      await invoicePdf([...HEADER, ['IBAN : FR76 3000 6000 0112 3456 7890 188', 40, 500]]),
    );
    expect(labelled.fields.iban).toMatchObject({
      value: 'FR7630006000011234567890188',
      confidence: 0.5,
    });
    const bare = await recognizePdf(
      await invoicePdf([...HEADER, ['Référence FR76 3000 6000 0112 3456 7890 188', 40, 500]]),
    );
    expect(bare.fields.iban).toBeUndefined();
  });

  it('reads the lines of a table under a recognised header', async () => {
    const r = await recognizePdf(await invoicePdf([...HEADER, ...TABLE, ...TOTALS]));
    const lines = r.fields.lines ?? [];
    expect(lines.map(({ confidence: _c, box: _b, ...rest }) => rest)).toEqual([
      {
        description: 'Maintenance annuelle',
        quantity: '2',
        unitPrice: '400.00',
        lineTotal: '800.00',
        vatRate: '20.00',
      },
      {
        description: 'Pièces détachées',
        quantity: '4',
        unitPrice: '50.00',
        lineTotal: '200.00',
        vatRate: '20.00',
      },
      {
        description: 'Livres',
        quantity: '10',
        unitPrice: '20.00',
        lineTotal: '200.00',
        vatRate: '5.50',
      },
    ]);
    // Quantity × price = total and the totals add up to the total HT.
    for (const line of lines) expect(line.confidence).toBeGreaterThanOrEqual(0.9);
    near(lines[1]?.box, 40, 235);
  });

  it('is less sure of lines whose totals do not add up to the total HT', async () => {
    const wrongTotal = TOTALS.map(([t, x, y]): Row => [
      t === '1 200,00 €' ? '1 300,00 €' : t,
      x,
      y,
    ]);
    const r = await recognizePdf(await invoicePdf([...HEADER, ...TABLE, ...wrongTotal]));
    const lines = r.fields.lines ?? [];
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.confidence).toBeLessThan(0.9);
  });

  it('gives the box of each recognised field, in points from the top-left corner', async () => {
    const r = await recognizePdf(await invoicePdf([...HEADER, ...TOTALS]));
    const number = r.fields.invoiceNumber?.box;
    near(number, 40, 100);
    // The label "Facture n°" is cut off: the box starts at the number.
    expect(number?.x).toBeGreaterThan(70);
    near(r.fields.issueDate?.box, 40, 115);
    near(r.fields.totalWithVat?.box, 480, 410);
    near(r.fields.sellerId?.box, 40, 40);
    near(r.fields.iban?.box, 40, 500);
    // The BIC shares its text item with the IBAN: its box starts where it does.
    near(r.fields.bic?.box, 250, 500);
  });
});

describe('chorale recognize --json', () => {
  it('keeps the field names and adds bic, vatBreakdown and lines', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chorale-recognize-'));
    try {
      const file = join(dir, 'facture.pdf');
      await writeFile(file, await invoicePdf([...HEADER, ...TABLE, ...BREAKDOWN, ...TOTALS]));
      const bin = resolve(__dirname, '../bin/chorale.js');
      const { stdout } = await promisify(execFile)(process.execPath, [
        bin,
        'recognize',
        file,
        '--json',
      ]);
      const out = JSON.parse(stdout.trim()) as {
        file: string;
        method: string;
        fields: Record<string, unknown>;
      };
      expect(out.file).toBe(file);
      expect(out.method).toBe('text');
      expect(out.fields.invoiceNumber).toMatchObject({ value: 'FA-2026-0042' });
      expect(out.fields.totalWithVat).toMatchObject({ value: '1411.00' });
      expect(out.fields.bic).toMatchObject({ value: 'AGRIFRPPXXX' });
      expect(out.fields.vatBreakdown).toHaveLength(2);
      expect(out.fields.lines).toHaveLength(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
