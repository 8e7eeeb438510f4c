/** Small real invoices for flux tests: UBL, CII and Factur-X written by @chorale/einvoice. */
import { writeCii, writeFacturX, writeUbl } from '@chorale/einvoice';
import { PDFDocument } from 'pdf-lib';
import { buildInvoiceModel, type PartyInfo } from '../../src/domain/invoices/build-invoice-model';
import type { InvoiceInput } from '../../src/domain/invoices/invoice-input';

const supplier: PartyInfo = {
  name: 'Menuiserie Dupont',
  identifier: '12345678900011',
  identifierType: 'SIRET',
  address: { line1: '1 rue du Bois', postalCode: '75001', city: 'Paris', countryCode: 'FR' },
};
const recipient: PartyInfo = {
  name: 'Commune de Test',
  identifier: '21000000000017',
  identifierType: 'SIRET',
  address: { city: 'Test', countryCode: 'FR' },
};

function model(number: string) {
  const input: InvoiceInput = {
    recipient: { identifier: '21000000000017', serviceCode: 'FIN' },
    billingFramework: 'A1',
    kind: 'invoice',
    number,
    currency: 'EUR',
    vatRegime: 'DEBIT',
    issueDate: '2026-03-01',
    dueDate: '2026-03-31',
    paymentMeans: 'VIREMENT',
    iban: 'FR76 3000 6000 0112 3456 7890 189',
    lines: [
      {
        description: 'Chaise',
        quantity: '3',
        unitCode: 'C62',
        unitPrice: '19.99',
        vatCategory: 'S',
        vatRate: '20',
      },
    ],
    allowances: [],
    charges: [],
    attachments: [],
  };
  return buildInvoiceModel({ input, supplier, recipient });
}

const enc = new TextEncoder();

export function ublInvoice(number: string): Uint8Array {
  return enc.encode(writeUbl(model(number)));
}

export function ciiInvoice(number: string): Uint8Array {
  return enc.encode(writeCii(model(number)));
}

export function facturXInvoice(number: string): Promise<Uint8Array> {
  return writeFacturX(model(number));
}

/** A PDF invoice with no XML inside (what a scanner or a word processor produces). */
export async function plainPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage().drawText(text);
  return doc.save();
}
