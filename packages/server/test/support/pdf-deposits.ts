import { randomBytes } from 'node:crypto';
import { writeFacturX } from '@chorale/einvoice';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { buildInvoiceModel } from '../../src/domain/invoices/build-invoice-model';
import type { InvoiceInput } from '../../src/domain/invoices/invoice-input';

/** A multipart body with fields and any number of files, for `inject`. */
export function multipartFiles(
  fields: Record<string, string>,
  files: Array<{ field: string; name: string; bytes: Uint8Array; type?: string }>,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----chorale${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  for (const file of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/pdf'}\r\n\r\n`,
      ),
      Buffer.from(file.bytes),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export interface PrintedInvoice {
  number: string;
  issueDate: string;
  sellerSiret: string;
  sellerVat: string;
  buyerSiret: string;
  /** What is printed for the buyer: its SIRET (default), or only its SIREN. */
  buyerPrinted?: 'siret' | 'siren';
  totalExclVat: string;
  totalVat: string;
  totalInclVat: string;
}

const frenchAmount = (amount: string) => {
  const [units = '0', cents = '00'] = amount.split('.');
  return `${units.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${cents} €`;
};

/** A one-page invoice with a text layer, laid out as invoicing tools print them. */
export async function textInvoicePdf(inv: PrintedInvoice): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595.28, 841.89]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const [y, m, d] = inv.issueDate.split('-');
  const rows: Array<[string, number, number, boolean?]> = [
    ['Fournisseur SARL', 50, 790, true],
    ['12 rue des Lilas, 75011 Paris', 50, 776],
    [`SIRET : ${inv.sellerSiret}`, 50, 762],
    [`TVA intracommunautaire : ${inv.sellerVat}`, 50, 748],
    ['Client', 330, 700, true],
    ['Commune de Rouen', 330, 686],
    inv.buyerPrinted === 'siren'
      ? [`SIREN : ${inv.buyerSiret.slice(0, 9)}`, 330, 672]
      : [`SIRET : ${inv.buyerSiret}`, 330, 672],
    ['FACTURE', 50, 620, true],
    [`Facture n° ${inv.number}`, 50, 600],
    [`Date de facture : ${d}/${m}/${y}`, 50, 586],
    ['Désignation', 50, 520, true],
    ['Montant HT', 450, 520, true],
    ['Prestation de service', 50, 500],
    [frenchAmount(inv.totalExclVat), 450, 500],
    ['Total HT', 330, 400],
    [frenchAmount(inv.totalExclVat), 450, 400],
    ['TVA 20 %', 330, 384],
    [frenchAmount(inv.totalVat), 450, 384],
    ['Total TTC', 330, 368, true],
    [frenchAmount(inv.totalInclVat), 450, 368],
  ];
  for (const [text, x, yy, isBold] of rows) {
    page.drawText(text.replace('€', 'EUR'), { x, y: yy, size: 10, font: isBold ? bold : font });
  }
  return doc.save({ useObjectStreams: false });
}

/** A Factur-X PDF (EN 16931 profile) of a known invoice, made by the core package. */
export async function facturxPdf(
  input: InvoiceInput,
  parties: { sellerSiret: string; sellerVat: string; buyerSiret: string },
): Promise<Uint8Array> {
  const model = buildInvoiceModel({
    input,
    supplier: {
      name: 'Fournisseur SARL',
      identifier: parties.sellerSiret,
      identifierType: 'SIRET',
      vatNumber: parties.sellerVat,
      address: { line1: '12 rue des Lilas', postalCode: '75011', city: 'Paris', countryCode: 'FR' },
    },
    recipient: {
      name: 'Commune de Rouen',
      identifier: parties.buyerSiret,
      identifierType: 'SIRET',
      address: { postalCode: '76000', city: 'Rouen', countryCode: 'FR' },
    },
  });
  return writeFacturX(model, { lang: 'fr', date: new Date('2026-01-15T10:00:00Z') });
}
