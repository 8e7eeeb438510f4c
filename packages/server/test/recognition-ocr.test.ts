import { describe, expect, it } from 'vitest';
import { recognizePdf } from '../src/recognition/recognize-pdf';
import { scannedInvoice } from './support/scanned-invoice';

describe('recognition of a scan (OCR)', () => {
  it('refuses a scan when OCR is turned off', async () => {
    await expect(recognizePdf(await scannedInvoice(), { ocr: false })).rejects.toMatchObject({
      reason: 'NO_TEXT_LAYER',
    });
  });

  it('reads the number, date, SIRET/VAT and totals of a scanned page', async () => {
    const progress: number[] = [];
    const r = await recognizePdf(await scannedInvoice(), { onProgress: (p) => progress.push(p) });
    expect(r.method).toBe('ocr');
    expect(r.fields.invoiceNumber?.value).toBe('FA-2026-0042');
    expect(r.fields.issueDate?.value).toBe('2026-11-02');
    expect(r.fields.sellerId?.value).toBe('FR32123456789');
    expect(r.fields.totalWithoutVat?.value).toBe('1000.00');
    expect(r.fields.totalVat?.value).toBe('200.00');
    expect(r.fields.totalWithVat?.value).toBe('1200.00');
    expect(progress.length).toBeGreaterThan(0);
  }, 60_000);
});
