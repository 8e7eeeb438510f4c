import { describe, expect, it } from 'vitest';
import { sampleInvoice } from '../src/validate/sample-invoice';
import { readInvoiceXml } from '../src/read/read-invoice';
import { initValidation, validateInvoiceSync } from '../src/validate/index';
import { writeCii, writeUbl } from '../src/write/index';
import { parseXml } from '../src/xml/parse';

const enc = new TextEncoder();

describe('writers on an invoice built as the portal form builds it (computeTotals, lineNetAmount)', () => {
  for (const [syntax, write] of [
    ['UBL', writeUbl],
    ['CII', writeCii],
  ] as const) {
    it(`writes a ${syntax} invoice that passes the schema and the EN 16931 rules, and reads back equal`, async () => {
      await initValidation();
      const inv = sampleInvoice(20);
      const xml = write(inv);
      const report = validateInvoiceSync(enc.encode(xml));
      expect(report.findings.filter((f) => f.severity === 'fatal')).toEqual([]);
      expect(readInvoiceXml(enc.encode(xml)).invoice).toEqual(inv);
    });
  }

  it('writes a credit note as a UBL CreditNote that passes the rules', async () => {
    await initValidation();
    const inv = {
      ...sampleInvoice(3),
      kind: 'creditNote' as const,
      typeCode: '381',
      precedingInvoices: [{ reference: 'FA-2026-000100', issueDate: '2026-10-02' }],
    };
    const xml = writeUbl(inv);
    expect(xml).toContain('<CreditNote ');
    expect(
      validateInvoiceSync(enc.encode(xml)).findings.filter((f) => f.severity === 'fatal'),
    ).toEqual([]);
    expect(readInvoiceXml(enc.encode(xml)).invoice).toEqual(inv);
  });
});

describe('output escaping (C6): whatever a supplier typed stays text', () => {
  const nasty =
    'A&B <C> "D" \'E\' ]]> <!-- F --> <![CDATA[G]]> &amp; &#x26; \u00e9\u20ac\ud83d\ude00';

  for (const [syntax, write] of [
    ['UBL', writeUbl],
    ['CII', writeCii],
  ] as const) {
    it(`${syntax}: stays well-formed and reads back the exact text`, () => {
      const inv = sampleInvoice(1);
      inv.seller.name = nasty;
      inv.notes = [{ text: nasty }];
      inv.lines[0]!.item.name = nasty;
      inv.buyer.electronicAddress = { value: nasty, schemeId: nasty };
      const xml = write(inv);
      expect(parseXml(enc.encode(xml)).ok).toBe(true);
      const back = readInvoiceXml(enc.encode(xml)).invoice;
      expect(back?.seller.name).toBe(nasty);
      expect(back?.notes[0]?.text).toBe(nasty);
      expect(back?.lines[0]?.item.name).toBe(nasty);
      expect(back?.buyer.electronicAddress).toEqual({ value: nasty, schemeId: nasty });
    });

    it(`${syntax}: drops characters XML cannot carry instead of writing a broken file`, () => {
      const inv = sampleInvoice(1);
      inv.seller.name = 'Soci\u0000\u0007été\u000b \ud800X\uffff';
      const xml = write(inv);
      expect(parseXml(enc.encode(xml)).ok).toBe(true);
      expect(readInvoiceXml(enc.encode(xml)).invoice?.seller.name).toBe(
        'Sociétié X'.replace('tié', 'té'),
      );
    });
  }
});
