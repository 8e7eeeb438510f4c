import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';

/** One synthetic scanned page: an A4 JPEG image of an invoice at 200 dpi, no text layer. */
export async function scannedInvoice(): Promise<Uint8Array> {
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
