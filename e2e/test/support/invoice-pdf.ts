import { PDFDocument, StandardFonts } from 'pdf-lib';

export interface PrintedInvoice {
  sellerName: string;
  sellerSiret: string;
  buyerName: string;
  buyerSiret: string;
  number: string;
  issueDate: string;
  dueDate: string;
  totalExclVat: string;
  vat: string;
  totalInclVat: string;
  iban: string;
}

const french = (iso: string) => iso.split('-').reverse().join('/');

/**
 * A one-page invoice as a supplier's invoicing tool prints it: a text layer only (no embedded
 * XML), laid out in the usual blocks — seller top left, buyer on the right, references, a line
 * table, totals at the bottom right and the bank details.
 */
export async function printedInvoicePdf(invoice: PrintedInvoice): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  const at = (text: string, x: number, y: number, size = 10, f = font) =>
    page.drawText(text, { x, y, size, font: f });

  at(invoice.sellerName, 50, 790, 12, bold);
  at('12 rue des Artisans, 69003 Lyon', 50, 775);
  at(`SIRET : ${invoice.sellerSiret}`, 50, 760);

  at('Client', 330, 720, 10, bold);
  at(invoice.buyerName, 330, 705);
  at(`SIRET : ${invoice.buyerSiret}`, 330, 690);

  at('FACTURE', 50, 640, 16, bold);
  at(`Facture n° : ${invoice.number}`, 50, 615);
  at(`Date de facture : ${french(invoice.issueDate)}`, 50, 600);
  at(`Date d'échéance : ${french(invoice.dueDate)}`, 50, 585);

  at('Désignation', 50, 540, 10, bold);
  at('Quantité', 300, 540, 10, bold);
  at('Prix unitaire HT', 370, 540, 10, bold);
  at('Montant HT', 480, 540, 10, bold);
  at('Maintenance des chaudières', 50, 520);
  at('1', 300, 520);
  at(invoice.totalExclVat, 370, 520);
  at(invoice.totalExclVat, 480, 520);

  at('Total HT', 370, 460);
  at(`${invoice.totalExclVat} EUR`, 480, 460);
  at('TVA 20 %', 370, 445);
  at(`${invoice.vat} EUR`, 480, 445);
  at('Total TTC', 370, 430, 10, bold);
  at(`${invoice.totalInclVat} EUR`, 480, 430, 10, bold);

  at('Règlement par virement', 50, 380);
  at(`IBAN : ${invoice.iban}`, 50, 365);
  return doc.save();
}
