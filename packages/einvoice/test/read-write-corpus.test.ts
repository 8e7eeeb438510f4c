/**
 * Readers and writers over the shared corpus: every XML file the MANIFEST calls valid is read,
 * written back in its own syntax and read again (the model must be identical), converted UBL → CII →
 * UBL (every business term kept, within the limits of CII D16B listed below), and what we write
 * must pass the XML Schema of its syntax.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Invoice } from '../src/model/invoice';
import { readInvoiceXml } from '../src/read/read-invoice';
import { writeCii, writeUbl } from '../src/write/index';
import { initSchemas, parseForSchema, validateSchema } from '../src/validate/schema';
import type { SchemaId } from '../src/validate/schema';
import { CORPUS, readManifest } from './support/corpus';

const XML_FORMATS = new Set([
  'ubl-invoice',
  'ubl-creditnote',
  'cii',
  'xrechnung-ubl',
  'xrechnung-cii',
]);
const enc = new TextEncoder();

const rows = readManifest(resolve(CORPUS, 'MANIFEST.tsv')).filter(
  (r) => XML_FORMATS.has(r.format ?? '') && r.expected === 'valid',
);

function read(bytes: Uint8Array | string): Invoice {
  const r = readInvoiceXml(typeof bytes === 'string' ? enc.encode(bytes) : bytes);
  expect(r.findings).toEqual([]);
  expect(r.invoice).toBeDefined();
  return r.invoice as Invoice;
}

function schemaFindings(xml: string, id: SchemaId): string[] {
  const doc = parseForSchema(enc.encode(xml));
  if (Array.isArray(doc)) return doc.map((f) => f.message.en);
  try {
    return validateSchema(doc, id).map((f) => `${f.line ?? ''}: ${f.message.en}`);
  } finally {
    doc.dispose();
  }
}

/**
 * What a trip through CII D16B may change without losing a business term:
 * - CII orders party identifiers (ram:ID before ram:GlobalID): compared as sets;
 * - BT-6 equal to BT-5 says nothing and CII's BR-53 forbids it: left out;
 * - BT-148 is mandatory with BT-147 in CII: derived as net + discount when absent.
 * BG-3 beyond the first is lost (CII D16B has one InvoiceReferencedDocument): checked apart.
 */
function normalizeForCii(inv: Invoice, original: Invoice): Invoice {
  const copy = structuredClone(inv);
  copy.seller.identifiers.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (original.vatAccountingCurrencyCode === original.currencyCode)
    delete copy.vatAccountingCurrencyCode;
  copy.lines.forEach((l, i) => {
    if (original.lines[i]?.price.grossPrice === undefined) delete l.price.grossPrice;
  });
  copy.precedingInvoices = copy.precedingInvoices.slice(0, 1);
  return copy;
}

describe('corpus round trips', () => {
  beforeAll(async () => {
    await initSchemas();
  });

  it('finds the valid XML files of the corpus', () => {
    expect(rows.length).toBeGreaterThanOrEqual(120);
  });

  for (const row of rows) {
    const path = row.path ?? '';
    it(`${path}: read → write (same syntax) → read gives the same model; written XML is schema-valid`, () => {
      const bytes = readFileSync(resolve(CORPUS, path));
      const r = readInvoiceXml(bytes);
      expect(r.findings).toEqual([]);
      const inv = r.invoice as Invoice;
      const isCii = r.format === 'cii';
      const xml = isCii ? writeCii(inv) : writeUbl(inv);
      expect(read(xml)).toEqual(inv);
      const schema: SchemaId = isCii
        ? 'cii'
        : inv.kind === 'creditNote'
          ? 'ubl-creditnote'
          : 'ubl-invoice';
      expect(schemaFindings(xml, schema)).toEqual([]);
    });

    // Factur-X MINIMUM / BASIC WL and EXTENDED files are not EN 16931 invoices (no lines, sub-lines...):
    // they need not fit the other syntax.
    if (row.en16931_expected !== 'valid') continue;
    const fromUbl = ['ubl-invoice', 'ubl-creditnote', 'xrechnung-ubl'].includes(row.format ?? '');
    it(`${path}: converted to the other syntax is schema-valid${fromUbl ? ', and UBL → CII → UBL keeps every business term' : ''}`, () => {
      const inv = read(readFileSync(resolve(CORPUS, path)));
      const ubl = writeUbl(inv);
      const cii = writeCii(inv);
      expect(
        schemaFindings(ubl, inv.kind === 'creditNote' ? 'ubl-creditnote' : 'ubl-invoice'),
      ).toEqual([]);
      expect(schemaFindings(cii, 'cii')).toEqual([]);
      if (!fromUbl) return;
      const back = read(writeUbl(read(cii)));
      expect(normalizeForCii(back, inv)).toEqual(normalizeForCii(inv, inv));
    });
  }

  it('loses only the second and later preceding invoice references through CII (D16B allows one)', () => {
    const inv = read(
      readFileSync(resolve(CORPUS, 'ubl-invoice/valid/cen__Invoice-Max_content.xml')),
    );
    expect(inv.precedingInvoices.length).toBeGreaterThan(1);
    const back = read(writeUbl(read(writeCii(inv))));
    expect(back.precedingInvoices).toEqual(inv.precedingInvoices.slice(0, 1));
  });
});

describe('what we write passes our own rules', () => {
  const en16931 = rows.filter((r) => r.en16931_expected === 'valid');

  it('for every EN 16931-valid corpus file, written as UBL and as CII', async () => {
    const { initValidation, validateInvoiceSync } = await import('../src/validate/index');
    await initValidation();
    const failures: string[] = [];
    for (const row of en16931) {
      const inv = read(readFileSync(resolve(CORPUS, row.path ?? '')));
      for (const [syntax, xml] of [
        ['UBL', writeUbl(inv)],
        ['CII', writeCii(inv)],
      ] as const) {
        const fatal = validateInvoiceSync(enc.encode(xml)).findings.filter(
          (f) => f.severity === 'fatal',
        );
        if (fatal.length > 0)
          failures.push(`${row.path} as ${syntax}: ${fatal.map((f) => f.rule).join(', ')}`);
      }
    }
    expect(en16931.length).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });
});
