import { describe, expect, it } from 'vitest';
import type { InvoiceInput } from './invoice-input';
import { checkPortalRules, portalFinding, type PortalFacts } from './portal-rules';

const input: InvoiceInput = {
  recipient: { identifier: '11000201100044', serviceCode: 'SERV1' },
  billingFramework: 'A1',
  kind: 'invoice',
  number: 'F-2026-001',
  currency: 'EUR',
  vatRegime: 'DEBIT',
  issueDate: '2026-03-01',
  paymentMeans: 'VIREMENT',
  iban: 'FR7630006000011234567890189',
  bic: 'BNPAFRPP',
  lines: [
    {
      description: 'x',
      quantity: '1',
      unitCode: 'C62',
      unitPrice: '10',
      vatCategory: 'S',
      vatRate: '20',
    },
  ],
  allowances: [],
  charges: [],
  attachments: [],
};
const facts: PortalFacts = {
  today: '2026-03-10',
  recipientProblems: [],
  validatorProblems: [],
  duplicateNumber: false,
  precedingInvoiceFound: false,
  totals: { taxInclusiveAmount: '12.00', payableAmount: '12.00' },
};
const codes = (i: Partial<InvoiceInput>, f: Partial<PortalFacts> = {}) =>
  checkPortalRules({ ...input, ...i }, { ...facts, ...f }).map((x) => `${x.field}:${x.code}`);

describe('portal rules on sending', () => {
  it('a well-formed A1 invoice passes', () => {
    expect(codes({})).toEqual([]);
  });
  it.each<[string, Partial<InvoiceInput>, Partial<PortalFacts>, string[]]>([
    ['number missing', { number: '' }, {}, ['number:INVOICE_NUMBER_REQUIRED']],
    ['number too long', { number: 'A'.repeat(21) }, {}, ['number:INVOICE_NUMBER_FORMAT']],
    ['number with a space', { number: 'F 1' }, {}, ['number:INVOICE_NUMBER_FORMAT']],
    ['duplicate number', {}, { duplicateNumber: true }, ['number:DUPLICATE_INVOICE_NUMBER']],
    ['date after today', { issueDate: '2026-03-11' }, {}, ['issueDate:INVOICE_DATE_IN_FUTURE']],
    [
      'unknown framework',
      { billingFramework: 'A3' },
      {},
      ['billingFramework:BILLING_FRAMEWORK_UNKNOWN'],
    ],
    [
      'A9 without valideur',
      { billingFramework: 'A9' },
      {},
      ['validator.identifier:VALIDATOR_REQUIRED'],
    ],
    [
      'A12 without valideur',
      { billingFramework: 'A12' },
      {},
      ['validator.identifier:VALIDATOR_REQUIRED'],
    ],
    [
      'A9 with valideur',
      { billingFramework: 'A9', validator: { identifier: '12345678900011' } },
      {},
      [],
    ],
    [
      'A9 with an unknown valideur',
      { billingFramework: 'A9', validator: { identifier: '12345678900011' } },
      {
        validatorProblems: [
          portalFinding('VALIDATOR_UNKNOWN', 'validator.identifier', { fr: 'x', en: 'x' }),
        ],
      },
      ['validator.identifier:VALIDATOR_UNKNOWN'],
    ],
    [
      'credit note without reference',
      { kind: 'creditNote' },
      {},
      ['precedingInvoiceNumber:CREDIT_NOTE_REFERENCE_REQUIRED'],
    ],
    [
      'credit note to an unknown invoice',
      { kind: 'creditNote', precedingInvoiceNumber: 'F-1' },
      {},
      ['precedingInvoiceNumber:PRECEDING_INVOICE_UNKNOWN'],
    ],
    [
      'credit note to a known invoice',
      { kind: 'creditNote', precedingInvoiceNumber: 'F-1' },
      { precedingInvoiceFound: true },
      [],
    ],
    [
      'exempt without reason',
      { vatRegime: 'EXEMPT' },
      {},
      ['exemptionReason:EXEMPTION_REASON_REQUIRED'],
    ],
    ['bad IBAN', { iban: 'FR7630006000011234567890188' }, {}, ['iban:IBAN_INVALID']],
    ['bad BIC', { bic: 'BNP' }, {}, ['bic:BIC_INVALID']],
    ['transfer without IBAN', { iban: '' }, {}, ['iban:BANK_ACCOUNT_REQUIRED']],
    ['no line', { lines: [] }, {}, ['lines:LINES_REQUIRED']],
    [
      'negative total',
      {},
      { totals: { taxInclusiveAmount: '-1.00', payableAmount: '-1.00' } },
      ['lines:AMOUNTS_INCONSISTENT'],
    ],
    [
      'A2 with an amount due',
      { billingFramework: 'A2' },
      {},
      ['billingFramework:AMOUNTS_INCONSISTENT'],
    ],
    [
      'A2 fully paid',
      { billingFramework: 'A2' },
      { totals: { taxInclusiveAmount: '12.00', payableAmount: '0.00', paidAmount: '12.00' } },
      [],
    ],
    [
      'recipient problems pass through',
      {},
      {
        recipientProblems: [
          portalFinding('SERVICE_REQUIRED', 'recipient.serviceCode', { fr: 'x', en: 'x' }),
        ],
      },
      ['recipient.serviceCode:SERVICE_REQUIRED'],
    ],
  ])('%s', (_name, i, f, expected) => {
    expect(codes(i, f)).toEqual(expected);
  });
  it('gives each finding a CHORALE rule ID and both languages', () => {
    const [finding] = checkPortalRules({ ...input, number: '' }, facts);
    expect(finding?.rule).toBe('CHORALE-INVOICE-NUMBER-REQUIRED');
    expect(finding?.message.fr).toMatch(/obligatoire/);
    expect(finding?.message.en).toMatch(/required/);
  });
});
