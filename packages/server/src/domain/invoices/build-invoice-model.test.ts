import { writeCii, writeUbl } from '@chorale/einvoice';
import { describe, expect, it } from 'vitest';
import { buildInvoiceModel, type PartyInfo } from './build-invoice-model';
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
  billingFramework: 'A1',
  kind: 'invoice',
  number: 'F-2026-001',
  currency: 'EUR',
  vatRegime: 'DEBIT',
  issueDate: '2026-03-01',
  dueDate: '2026-03-31',
  paymentMeans: 'VIREMENT',
  iban: 'FR76 3000 6000 0112 3456 7890 189',
  bic: 'bnpafrpp',
  purchaseOrder: 'EJ-42',
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
      description: 'Pose',
      quantity: '1.5',
      unitCode: 'HUR',
      unitPrice: '45.333',
      vatCategory: 'S',
      vatRate: '10',
    },
  ],
  allowances: [{ amount: '5', reason: 'Remise fidélité', vatCategory: 'S', vatRate: '20' }],
  charges: [],
  attachments: [],
};

describe('building the EN 16931 model from the form', () => {
  it('computes lines, VAT breakdown and totals with the core money module', () => {
    const model = buildInvoiceModel({ input, supplier, recipient });
    expect(model.lines.map((l) => l.netAmount)).toEqual(['59.00', '68.00']);
    expect(model.vatBreakdown).toEqual([
      { taxableAmount: '54.00', taxAmount: '10.80', categoryCode: 'S', rate: '20' },
      { taxableAmount: '68.00', taxAmount: '6.80', categoryCode: 'S', rate: '10' },
    ]);
    expect(model.totals).toMatchObject({
      lineNetAmount: '127.00',
      allowanceTotal: '5.00',
      taxExclusiveAmount: '122.00',
      taxAmount: '17.60',
      taxInclusiveAmount: '139.60',
      payableAmount: '139.60',
    });
    expect(model.processControl.businessProcessType).toBe('A1');
    expect(model.buyerReference).toBe('FIN');
    expect(model.purchaseOrderReference).toBe('EJ-42');
    expect(model.paymentInstructions?.creditTransfers[0]).toEqual({
      accountId: 'FR7630006000011234567890189',
      serviceProviderId: 'BNPAFRPP',
    });
    expect(writeUbl(model)).toContain('<cbc:ID>F-2026-001</cbc:ID>');
    expect(writeCii(model)).toContain('F-2026-001');
  });
  it('A2 is fully paid; credit notes name the corrected invoice; exempt lines carry the reason', () => {
    const paid = buildInvoiceModel({
      input: { ...input, billingFramework: 'A2' },
      supplier,
      recipient,
    });
    expect(paid.totals.paidAmount).toBe('139.60');
    expect(paid.totals.payableAmount).toBe('0.00');
    const credit = buildInvoiceModel({
      input: {
        ...input,
        kind: 'creditNote',
        precedingInvoiceNumber: 'F-2025-9',
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
      },
      supplier,
      recipient,
      precedingIssueDate: '2025-12-01',
    });
    expect(credit.typeCode).toBe('381');
    expect(credit.precedingInvoices).toEqual([{ reference: 'F-2025-9', issueDate: '2025-12-01' }]);
    expect(credit.paymentInstructions).toBeUndefined();
    expect(credit.vatBreakdown[0]?.exemptionReason).toBe('Article 261 du CGI');
  });
});
