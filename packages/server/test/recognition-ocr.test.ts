import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { recognizePdf } from '../src/recognition/recognize-pdf';

/** One synthetic scanned page: an A4 JPEG image of an invoice at 200 dpi, no text layer. */
async function scannedInvoice(): Promise<Uint8Array> {
  const canvas = createCanvas(1654, 2339);
  const g = canvas.getContext('2d');
  g.fillStyle = 'white';
  g.fillRect(0, 0, 1654, 2339);
  g.fillStyle = 'black';
  g.font = '36px DejaVu Sans';
  const rows: [string, number, number][] = [
    ['Fournisseur SARL - SIRET 12345678900015 - TVA FR32123456789', 120, 200],
    ['Facture n° FA-2026-0042', 120, 400],
    ['Date de facture : 02/11/2026', 120, 480],
    ['Total HT', 1000, 1600],
    ['1 000,00 €', 1300, 1600],
    ['Total TVA', 1000, 1680],
    ['200,00 €', 1300, 1680],
    ['Total TTC', 1000, 1760],
    ['1 200,00 €', 1300, 1760],
  ];
  for (const [text, x, y] of rows) g.fillText(text, x, y);
  const pdf = await PDFDocument.create();
  const image = await pdf.embedJpg(await canvas.encode('jpeg', 85));
  pdf.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  return pdf.save();
}

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
