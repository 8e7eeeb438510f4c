import { readInvoiceXml, writeCii, writeUbl } from '@chorale/einvoice';
import { describe, expect, it } from 'vitest';
import { buildInvoiceModel, type PartyInfo } from './build-invoice-model';
import { inputFromModel } from './input-from-model';
import type { InvoiceInput } from './invoice-input';

const supplier: PartyInfo = {
  name: 'Menuiserie Dupont',
  identifier: '12345678900011',
  identifierType: 'SIRET',
  vatNumber: 'FR32123456789',
  address: { line1: '1 rue du Bois', postalCode: '75001', city: 'Paris', countryCode: 'FR' },
};
const recipient: PartyInfo = {
  name: 'Commune de Test',
  identifier: '21000000000017',
  identifierType: 'SIRET',
  address: { city: 'Test', countryCode: 'FR' },
};
const input: InvoiceInput = {
  recipient: { identifier: '21000000000017', serviceCode: 'FIN' },
  billingFramework: 'A9',
  kind: 'invoice',
  number: 'F-2026-001',
  currency: 'EUR',
  vatRegime: 'RECEIPT',
  issueDate: '2026-03-01',
  dueDate: '2026-03-31',
  paymentTerms: '30 jours',
  paymentMeans: 'VIREMENT',
  iban: 'FR7630006000011234567890189',
  bic: 'BNPAFRPP',
  purchaseOrder: 'EJ-42',
  contractReference: 'M-2026-7',
  comment: 'Livraison en deux fois',
  lines: [
    {
      reference: 'P1',
      description: 'Chaise',
      quantity: '3',
      unitCode: 'C62',
      unitPrice: '19.99',
      allowance: '0.97',
      vatCategory: 'S',
      vatRate: '20',
    },
    {
      description: 'Livre',
      quantity: '2',
      unitCode: 'C62',
      unitPrice: '12.5',
      vatCategory: 'S',
      vatRate: '5.5',
    },
  ],
  allowances: [{ amount: '5', reason: 'Remise fidélité', vatCategory: 'S', vatRate: '20' }],
  charges: [{ amount: '8', reason: 'Port', vatCategory: 'S', vatRate: '20' }],
  attachments: [],
};

describe('inputFromModel', () => {
  it('gives back the typed input from the model it built, through UBL and CII', () => {
    const model = buildInvoiceModel({ input, supplier, recipient });
    for (const xml of [writeUbl(model), writeCii(model)]) {
      const read = readInvoiceXml(new TextEncoder().encode(xml));
      if (!read.invoice) throw new Error('unreadable');
      expect(inputFromModel(read.invoice)).toEqual(input);
    }
  });

  it('reads a credit note, an exempt invoice and unknown frameworks in the form’s terms', () => {
    const credit: InvoiceInput = {
      ...input,
      kind: 'creditNote',
      billingFramework: 'A1',
      precedingInvoiceNumber: 'F-2025-099',
      vatRegime: 'EXEMPT',
      exemptionReason: 'Article 261 du CGI',
      lines: [
        {
          description: 'Formation',
          quantity: '1',
          unitCode: 'C62',
          unitPrice: '100',
          vatCategory: 'E',
          vatRate: '0',
        },
      ],
      allowances: [],
      charges: [],
    };
    delete credit.paymentMeans;
    delete credit.iban;
    delete credit.bic;
    const model = buildInvoiceModel({ input: credit, supplier, recipient });
    expect(inputFromModel(model)).toEqual(credit);
    model.processControl.businessProcessType = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';
    model.paymentInstructions = { meansCode: '58', creditTransfers: [] };
    model.kind = 'invoice';
    const read = inputFromModel(model);
    expect(read.billingFramework).toBe('A1');
    expect(read.paymentMeans).toBe('VIREMENT');
  });

  it('turns a price per base quantity into a unit price, without floats', () => {
    const model = buildInvoiceModel({ input, supplier, recipient });
    model.lines[1]!.price = { netPrice: '125', baseQuantity: '10' };
    expect(inputFromModel(model).lines[1]!.unitPrice).toBe('12.5');
  });
});
