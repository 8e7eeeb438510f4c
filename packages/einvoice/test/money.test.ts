import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInvoiceXml } from '../src/read/read-invoice';
import { CORPUS, readManifest } from './support/corpus';
import {
  computeInvoiceTotals,
  computeTotals,
  countDecimals,
  lineNetAmount,
  parseDecimal,
  roundAmount,
  sameDecimal,
} from '../src/money/index';
import type { TotalsInput } from '../src/money/index';

describe('roundAmount: half away from zero, two decimals', () => {
  it.each([
    ['0.005', '0.01'],
    ['-0.005', '-0.01'],
    ['0.004999', '0.00'],
    ['-0.004', '0.00'],
    ['1.125', '1.13'],
    ['1.135', '1.14'],
    ['2.675', '2.68'], // 2.675 as a float is 2.67499…: decimals must not be floats
    ['1.005', '1.01'],
    ['-1.005', '-1.01'],
    ['10', '10.00'],
    ['123456789012345.675', '123456789012345.68'],
    ['0', '0.00'],
    ['-0', '0.00'],
    [' 3.1 ', '3.10'],
  ])('%s → %s', (input, expected) => {
    expect(roundAmount(input)).toBe(expected);
  });
});

describe('decimal helpers', () => {
  it.each([
    ['12', true],
    ['-12.50', true],
    ['+0.5', true],
    ['.5', true],
    ['1e3', false],
    ['12,50', false],
    ['', false],
    ['NaN', false],
    ['0x10', false],
  ])('parseDecimal(%j) is a decimal: %s', (input, ok) => {
    expect(parseDecimal(input) !== undefined).toBe(ok);
  });

  it('counts written decimals as the BR-DEC rules do', () => {
    expect([
      countDecimals('12'),
      countDecimals('12.5'),
      countDecimals('12.50'),
      countDecimals('-0.125'),
    ]).toEqual([0, 1, 2, 3]);
  });

  it('compares decimals by value', () => {
    expect(sameDecimal('20', '20.00')).toBe(true);
    expect(sameDecimal('20', '20.01')).toBe(false);
    expect(sameDecimal('x', 'x')).toBe(false);
  });
});

describe('lineNetAmount (BT-131 = quantity × price / base quantity − allowances + charges)', () => {
  it.each([
    [{ quantity: '3', netPrice: '10' }, '30.00'],
    [{ quantity: '1.5', netPrice: '0.333' }, '0.50'], // 0.4995
    [{ quantity: '3', netPrice: '0.335' }, '1.01'], // 1.005 rounds up
    [{ quantity: '1000', netPrice: '12.5', baseQuantity: '100' }, '125.00'],
    [{ quantity: '7', netPrice: '1', baseQuantity: '3' }, '2.33'],
    [{ quantity: '2', netPrice: '50', allowances: ['10'], charges: ['2.5'] }, '92.50'],
    [{ quantity: '-2', netPrice: '50' }, '-100.00'], // credit line
    [{ quantity: '-3', netPrice: '0.335' }, '-1.01'], // half away from zero when negative
    [{ quantity: '1', netPrice: '10', baseQuantity: '0' }, '10.00'], // a zero base quantity is ignored, not a division by zero
    [{ quantity: '', netPrice: '10' }, '0.00'],
  ])('%j → %s', (input, expected) => {
    expect(lineNetAmount(input)).toBe(expected);
  });
});

describe('computeTotals (BR-CO-10 … BR-CO-17, BR-S-08)', () => {
  const cases: {
    name: string;
    input: TotalsInput;
    vat: [string, string | undefined, string, string][];
    totals: Record<string, string>;
  }[] = [
    {
      name: 'one standard rate',
      input: { lines: [{ amount: '100.00', vatCategoryCode: 'S', vatRate: '20' }] },
      vat: [['S', '20', '100.00', '20.00']],
      totals: {
        lineNetAmount: '100.00',
        taxExclusiveAmount: '100.00',
        taxAmount: '20.00',
        taxInclusiveAmount: '120.00',
        payableAmount: '120.00',
      },
    },
    {
      name: 'VAT rounded once per category and rate, not per line (BR-CO-17)',
      input: {
        lines: [
          { amount: '0.05', vatCategoryCode: 'S', vatRate: '5.5' },
          { amount: '0.05', vatCategoryCode: 'S', vatRate: '5.50' },
          { amount: '0.05', vatCategoryCode: 'S', vatRate: '5.5' },
        ],
      },
      // 0.15 × 5.5 % = 0.00825 → 0.01 (per line it would be 3 × 0.00 = 0.00)
      vat: [['S', '5.5', '0.15', '0.01']],
      totals: { taxAmount: '0.01', taxInclusiveAmount: '0.16', payableAmount: '0.16' },
    },
    {
      name: 'rounding at .005 goes up',
      input: { lines: [{ amount: '0.10', vatCategoryCode: 'S', vatRate: '5' }] },
      vat: [['S', '5', '0.10', '0.01']], // 0.005
      totals: { taxAmount: '0.01' },
    },
    {
      name: 'several rates and categories, document allowances and charges per category (BR-S-08, BR-CO-11 … 13)',
      input: {
        lines: [
          { amount: '1000.00', vatCategoryCode: 'S', vatRate: '20' },
          { amount: '200.00', vatCategoryCode: 'S', vatRate: '5.5' },
          { amount: '300.00', vatCategoryCode: 'E', vatRate: '0' },
          { amount: '50.00', vatCategoryCode: 'O' },
        ],
        allowances: [{ amount: '100.00', vatCategoryCode: 'S', vatRate: '20' }],
        charges: [{ amount: '10.00', vatCategoryCode: 'S', vatRate: '5.5' }],
      },
      vat: [
        ['S', '20', '900.00', '180.00'],
        ['S', '5.5', '210.00', '11.55'],
        ['E', '0', '300.00', '0.00'],
        ['O', undefined, '50.00', '0.00'],
      ],
      totals: {
        lineNetAmount: '1550.00',
        allowanceTotal: '100.00',
        chargeTotal: '10.00',
        taxExclusiveAmount: '1460.00',
        taxAmount: '191.55',
        taxInclusiveAmount: '1651.55',
        payableAmount: '1651.55',
      },
    },
    {
      name: 'paid amount and rounding amount (BR-CO-16)',
      input: {
        lines: [{ amount: '99.99', vatCategoryCode: 'S', vatRate: '20' }],
        paidAmount: '20',
        roundingAmount: '0.01',
      },
      vat: [['S', '20', '99.99', '20.00']], // 19.998
      totals: {
        taxInclusiveAmount: '119.99',
        paidAmount: '20.00',
        roundingAmount: '0.01',
        payableAmount: '100.00',
      },
    },
    {
      name: 'credit note with negative amounts: rounding away from zero',
      input: {
        lines: [
          { amount: '-0.10', vatCategoryCode: 'S', vatRate: '5' },
          { amount: '-100.00', vatCategoryCode: 'S', vatRate: '5' },
        ],
      },
      vat: [['S', '5', '-100.10', '-5.01']], // -5.005
      totals: {
        lineNetAmount: '-100.10',
        taxAmount: '-5.01',
        taxInclusiveAmount: '-105.11',
        payableAmount: '-105.11',
      },
    },
    {
      name: 'zero-rated and reverse charge carry no VAT whatever rate is given',
      input: {
        lines: [
          { amount: '10.00', vatCategoryCode: 'Z', vatRate: '0' },
          { amount: '10.00', vatCategoryCode: 'AE', vatRate: '0' },
          { amount: '10.00', vatCategoryCode: 'K', vatRate: '0' },
        ],
      },
      vat: [
        ['Z', '0', '10.00', '0.00'],
        ['AE', '0', '10.00', '0.00'],
        ['K', '0', '10.00', '0.00'],
      ],
      totals: { taxAmount: '0.00', taxInclusiveAmount: '30.00' },
    },
  ];

  it.each(cases)('$name', ({ input, vat, totals }) => {
    const r = computeTotals(input);
    expect(
      r.vatBreakdown.map((v) => [v.categoryCode, v.rate, v.taxableAmount, v.taxAmount]),
    ).toEqual(vat);
    expect(r.totals).toMatchObject(totals);
  });

  it('adds up many lines exactly (no float drift)', () => {
    const lines = Array.from({ length: 10_000 }, () => ({
      amount: '0.10',
      vatCategoryCode: 'S',
      vatRate: '20',
    }));
    const r = computeTotals({ lines });
    expect(r.totals.lineNetAmount).toBe('1000.00');
    expect(r.vatBreakdown[0]?.taxAmount).toBe('200.00');
    expect(r.totals.taxInclusiveAmount).toBe('1200.00');
  });

  it('leaves optional totals out when there is nothing to sum', () => {
    const r = computeTotals({ lines: [{ amount: '1', vatCategoryCode: 'S', vatRate: '20' }] });
    expect(Object.keys(r.totals).sort()).toEqual([
      'lineNetAmount',
      'payableAmount',
      'taxAmount',
      'taxExclusiveAmount',
      'taxInclusiveAmount',
    ]);
  });
});

describe('computeTotals agrees with the valid invoices of the corpus', () => {
  // These two round VAT to whole forints (HUF), within the tolerance BR-CO-17 grants; we round to cents.
  const WHOLE_UNIT_VAT = new Set([
    'cii/valid/cen__huf_example_cii.xml',
    'xrechnung-cii/valid/kosit__cii-br-co-17-and-br-s-09-rounding.xml',
  ]);

  it('gives the same BG-22 totals and BG-23 breakdown as every EN 16931-valid corpus file', () => {
    const rows = readManifest(resolve(CORPUS, 'MANIFEST.tsv')).filter(
      (r) =>
        /^(ubl|cii|xrechnung)/.test(r.format ?? '') &&
        r.en16931_expected === 'valid' &&
        !WHOLE_UNIT_VAT.has(r.path ?? ''),
    );
    expect(rows.length).toBeGreaterThan(100);
    const differences: string[] = [];
    for (const row of rows) {
      const inv = readInvoiceXml(readFileSync(resolve(CORPUS, row.path ?? ''))).invoice;
      if (!inv) throw new Error(`${row.path} could not be read`);
      const r = computeInvoiceTotals(inv);
      for (const key of [
        'lineNetAmount',
        'allowanceTotal',
        'chargeTotal',
        'taxExclusiveAmount',
        'taxAmount',
        'taxInclusiveAmount',
        'payableAmount',
      ] as const) {
        if (!sameDecimal(inv.totals[key] ?? '0', r.totals[key] ?? '0'))
          differences.push(`${row.path} ${key}: ${inv.totals[key]} ≠ ${r.totals[key]}`);
      }
      for (const vb of inv.vatBreakdown) {
        const mine = r.vatBreakdown.find(
          (m) => m.categoryCode === vb.categoryCode && sameDecimal(m.rate ?? '0', vb.rate ?? '0'),
        );
        if (
          !mine ||
          !sameDecimal(mine.taxableAmount, vb.taxableAmount) ||
          !sameDecimal(mine.taxAmount, vb.taxAmount)
        ) {
          differences.push(
            `${row.path} VAT ${vb.categoryCode} ${vb.rate ?? ''}: ${vb.taxableAmount}/${vb.taxAmount} ≠ ${mine?.taxableAmount}/${mine?.taxAmount}`,
          );
        }
      }
    }
    expect(differences).toEqual([]);
  });
});
