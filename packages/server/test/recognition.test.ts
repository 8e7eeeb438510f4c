import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { toLines } from '../src/recognition/lines';
import { recognizePdf, RecognitionRefused } from '../src/recognition/recognize-pdf';
import { recognizeFields } from '../src/recognition/recognize-fields';
import type { TextItem } from '../src/recognition/types';
import { findSirets, findVatNumbers, parseAmount, parseDate } from '../src/recognition/values';

const corpus = resolve(__dirname, '../../../../shared/corpus');

function pdf(path: string): Uint8Array {
  const file = resolve(corpus, path);
  if (!existsSync(file))
    throw new Error(`corpus file missing: ${file} (../shared/corpus is needed)`);
  return new Uint8Array(readFileSync(file));
}

function item(text: string, x: number, y: number): TextItem {
  return { text, x, y, width: text.length * 5, height: 10, page: 1 };
}

describe('recognition: refusals of untrusted files', () => {
  it('refuses a file that is not a PDF', async () => {
    await expect(recognizePdf(new TextEncoder().encode('hello world'))).rejects.toMatchObject({
      reason: 'NOT_PDF',
    });
  });

  it('refuses a PDF over the size limit', async () => {
    const bytes = new Uint8Array(2048);
    bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
    await expect(recognizePdf(bytes, { maxBytes: 1024 })).rejects.toMatchObject({
      reason: 'TOO_LARGE',
    });
  });

  it('refuses a Flate bomb before parsing it', async () => {
    const bomb = deflateSync(Buffer.alloc(8 * 1024 * 1024));
    const bytes = Buffer.concat([
      Buffer.from('%PDF-1.7\n1 0 obj << /Length 1 /Filter /FlateDecode >>\nstream\n'),
      bomb,
      Buffer.from('\nendstream\nendobj\n%%EOF\n'),
    ]);
    const error = await recognizePdf(new Uint8Array(bytes), {
      maxInflatedBytes: 1024 * 1024,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'EXPANDS' });
  });

  it('refuses a truncated PDF as malformed, quickly', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R');
    const start = Date.now();
    const error = await recognizePdf(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecognitionRefused);
    expect((error as RecognitionRefused).reason).toBe('MALFORMED');
    expect(Date.now() - start).toBeLessThan(5000);
  });
});

describe('recognition: values', () => {
  it('reads amounts in French, German and English notations', () => {
    expect(parseAmount('1 234,56 €')).toBe('1234.56');
    expect(parseAmount('1.234,56')).toBe('1234.56');
    expect(parseAmount('1,234.56')).toBe('1234.56');
    expect(parseAmount('-218,48 €')).toBe('-218.48');
    expect(parseAmount('pas de montant')).toBeUndefined();
  });

  it('reads dates and identifiers', () => {
    expect(parseDate('13/11/2017')).toBe('2017-11-13');
    expect(parseDate('vom 05.03.2018')).toBe('2018-03-05');
    expect(parseDate('13 novembre 2017')).toBe('2017-11-13');
    expect(findSirets('SIRET : 123 456 789 00015')).toEqual(['12345678900015']);
    expect(findSirets('SIRET : 12345678900016')).toEqual([]);
    expect(findSirets('SIRET : 99999999800010', false)).toEqual(['99999999800010']);
    expect(findVatNumbers('TVA : FR11 999999998')).toEqual(['FR11999999998']);
  });
});

describe('recognition: fields from positioned text', () => {
  it('finds labelled values on the same line and below, totals cross-checked', () => {
    const lines = toLines([
      item('Fournisseur SARL - SIRET 99999999800010 - TVA FR11999999998', 40, 40),
      item('Facture n° F-2026-042', 40, 100),
      item('Date de facture', 40, 130),
      item('Échéance', 200, 130),
      item('02/11/2026', 40, 142),
      item('02/12/2026', 200, 142),
      item('N° TVA client : FR19787878784', 40, 170),
      item('Total HT', 400, 600),
      item('1 000,00 €', 500, 600),
      item('TVA 20 %', 400, 615),
      item('Total TVA', 400, 630),
      item('200,00 €', 500, 630),
      item('Total TTC', 400, 645),
      item('1 200,00 €', 500, 645),
      item('Net à payer', 400, 660),
      item('1 200,00 €', 500, 660),
    ]);
    const f = recognizeFields(lines);
    expect(f.invoiceNumber?.value).toBe('F-2026-042');
    expect(f.issueDate?.value).toBe('2026-11-02');
    expect(f.dueDate?.value).toBe('2026-12-02');
    expect(f.sellerId?.value).toBe('FR11999999998');
    expect(f.buyerId?.value).toBe('FR19787878784');
    expect(f.totalWithoutVat).toMatchObject({ value: '1000.00', confidence: 0.99 });
    expect(f.totalVat?.value).toBe('200.00');
    expect(f.totalWithVat?.value).toBe('1200.00');
    expect(f.amountDue?.value).toBe('1200.00');
    expect(f.currency?.value).toBe('EUR');
  });
});

describe('recognition: corpus PDFs', () => {
  const file = 'facturx-pdf/valid/zcorpus__Facture_FR_BASICWL.pdf';

  it('reads the visible page when told to ignore the embedded XML', async () => {
    const r = await recognizePdf(pdf(file), { ignoreEmbeddedXml: true });
    expect(r.method).toBe('text');
    expect(r.fields.invoiceNumber?.value).toBe('FA-2017-0010');
    expect(r.fields.issueDate?.value).toBe('2017-11-13');
    expect(r.fields.totalWithoutVat?.value).toBe('624.90');
    expect(r.fields.totalWithVat?.value).toBe('671.15');
    expect(r.fields.amountDue?.value).toBe('470.15');
    expect(r.fields.iban?.value).toBe('FR2012421242124212421242124');
  });

  it('takes every field from the embedded XML otherwise', async () => {
    const r = await recognizePdf(pdf(file));
    expect(r.method).toBe('facturx');
    expect(r.fields.sellerId).toEqual({ value: '99999999800010', confidence: 1 });
    expect(r.fields.totalVat?.value).toBe('46.25');
  });
});
