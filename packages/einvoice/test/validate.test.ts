import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initValidation, validateInvoice, validateInvoiceSync } from '../src/validate/index';
import { CORPUS, requireShared } from './support/corpus';
import { readInvoiceXml } from '../src/read/read-invoice';
import { checkEn16931 } from '../src/rules/en16931';
import { buildXdm } from '../src/xpath/xdm';
import { sampleInvoice } from '../src/validate/sample-invoice';
import { writeUbl } from '../src/write/index';

requireShared();
const load = (p: string): string => readFileSync(resolve(CORPUS, p), 'utf8');
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const UBL = load('ubl-invoice/valid/cen__ubl-tc434-example1.xml');
const CII = load('cii/valid/cen__CII_example1.xml');

describe('validateInvoice', () => {
  beforeAll(async () => {
    await initValidation();
  });

  it('refuses what is not an invoice before any rule runs', () => {
    const doctype = validateInvoiceSync(
      bytes('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'),
    );
    expect(doctype).toMatchObject({ format: 'unknown', valid: false });
    expect(doctype.findings.map((f) => f.rule)).toEqual(['XML-DOCTYPE']);
    const other = validateInvoiceSync(bytes('<Order xmlns="urn:example"/>'));
    expect(other.findings.map((f) => f.rule)).toEqual(['FORMAT-UNKNOWN']);
  });

  it('accepts a valid UBL invoice and gives its model', () => {
    const r = validateInvoiceSync(bytes(UBL));
    expect(r).toMatchObject({ format: 'ubl-invoice', valid: true });
    expect(r.findings.filter((f) => f.severity === 'fatal')).toEqual([]);
    expect(r.invoice?.number).toBe('12115118');
  });

  it('reports a schema error with its line and the element, in French and English', () => {
    const broken = UBL.replace('<cbc:IssueDate>', '<cbc:Foo>x</cbc:Foo><cbc:IssueDate>');
    const r = validateInvoiceSync(bytes(broken));
    const schema = r.findings.find((f) => f.rule === 'SCHEMA');
    expect(r.valid).toBe(false);
    expect(schema?.line).toBeGreaterThan(1);
    expect(schema?.message.en).toContain('cbc:Foo');
    expect(schema?.message.fr).toContain("n'est pas attendu");
  });

  it('keeps the schema checks of documents checked in turns apart', () => {
    const schemaOf = (text: string) =>
      validateInvoiceSync(bytes(text))
        .findings.filter((f) => f.rule === 'SCHEMA')
        .map((f) => `${f.line} ${f.location} ${f.message.en}`);
    const unexpected = UBL.replace('<cbc:IssueDate>', '<cbc:Foo>x</cbc:Foo><cbc:IssueDate>');
    const badDate = UBL.replace(/<cbc:IssueDate>[^<]*</, '<cbc:IssueDate>2017-13-45<');
    const first = schemaOf(unexpected);
    const date = schemaOf(badDate);
    expect(first).toHaveLength(1);
    expect(date).toHaveLength(1);
    expect(date[0]).toContain('cbc:IssueDate');
    // A valid document after invalid ones has no schema finding; each invalid one, checked again
    // after others, gives the same finding as before, and no other.
    expect(schemaOf(UBL)).toEqual([]);
    expect(schemaOf(badDate)).toEqual(date);
    expect(schemaOf(unexpected)).toEqual(first);
    expect(schemaOf(CII)).toEqual([]);
    expect(schemaOf(UBL)).toEqual([]);
  });

  it('reports a business rule with its location, line, value and messages', () => {
    const wrong = UBL.replace('<cbc:DocumentCurrencyCode>EUR<', '<cbc:DocumentCurrencyCode>XYZ<');
    const r = validateInvoiceSync(bytes(wrong));
    const cl = r.findings.find((f) => f.rule === 'BR-CL-04');
    expect(cl).toMatchObject({
      severity: 'fatal',
      location: '/Invoice/cbc:DocumentCurrencyCode',
      value: 'XYZ',
    });
    expect(cl?.line).toBeGreaterThan(1);
    expect(cl?.message.fr).toContain('ISO 4217');
    expect(cl?.message.en).toContain('ISO code list 4217');
  });

  it('reports a charge indicator that is not a boolean, and still runs the rules', () => {
    // The VAT rules' contexts test the indicator (`[cbc:ChargeIndicator = false()]`): a value that
    // is not a boolean must not stop the rules, nor be taken for an unreadable file.
    const odd = load('ubl-invoice/valid/cen__BIS_Billing_30-DataIT.xml')
      .replace(/<cbc:ChargeIndicator>\w+</, '<cbc:ChargeIndicator>INF<')
      .replace(/<cbc:DocumentCurrencyCode>\w+</, '<cbc:DocumentCurrencyCode>XYZ<');
    const r = validateInvoiceSync(bytes(odd));
    expect(r).toMatchObject({ format: 'ubl-invoice', valid: false });
    expect(r.findings.find((f) => f.rule === 'SCHEMA')).toMatchObject({
      location: '/Invoice/cac:AllowanceCharge/cbc:ChargeIndicator',
      value: 'INF',
    });
    expect(r.findings.map((f) => f.rule)).toContain('BR-CL-04');
    expect(r.findings.map((f) => f.rule)).not.toContain('FILE-UNREADABLE');
  });

  it('keeps the rules of documents checked in turns apart (the context-predicate table is shared)', () => {
    const model = (text: string) => {
      const { xml } = readInvoiceXml(bytes(text));
      if (!xml) throw new Error('unreadable');
      return buildXdm(xml);
    };
    const rules = (doc: ReturnType<typeof buildXdm>) =>
      checkEn16931(doc, 'ubl').map((f) => `${f.rule} ${f.location}`);
    // Category S in one, Z in the other: the VAT category contexts' predicates differ.
    const zero = UBL.replaceAll('<cbc:ID>S</cbc:ID>', '<cbc:ID>Z</cbc:ID>');
    const large = writeUbl(sampleInvoice(1000)); // a table of its own: over 1 MB
    const alone = [UBL, zero, large].map((t) => rules(model(t)));
    expect(alone[1]).toContain(
      'BR-Z-05 /Invoice/cac:InvoiceLine[1]/cac:Item/cac:ClassifiedTaxCategory',
    );
    expect(alone[0]).not.toEqual(alone[1]);
    // One data model per document, checked again after the others.
    const docs = [UBL, zero, large].map(model);
    const turns = [0, 1, 0, 2, 1, 0, 2].map((i) => [i, rules(docs[i] as never)] as const);
    for (const [i, found] of turns) expect(found).toEqual(alone[i]);
  });

  it('checks the totals in exact decimals (BR-CO-10) in CII too', () => {
    const wrong = CII.replace('<ram:LineTotalAmount>229.6<', '<ram:LineTotalAmount>229.61<');
    expect(wrong).not.toBe(CII);
    const r = validateInvoiceSync(bytes(wrong));
    expect(r.format).toBe('cii');
    expect(r.findings.map((f) => f.rule)).toContain('BR-CO-10');
  });

  it('judges Factur-X MINIMUM by its own profile rules, not the EN 16931 set', () => {
    const r = validateInvoiceSync(bytes(load('cii/valid/mustang__facturFrMinimum.xml')));
    expect(r).toMatchObject({ format: 'cii', profile: 'MINIMUM', valid: true });
    // The CEN set would require lines (BR-16); the MINIMUM profile has none.
    expect(r.findings.map((f) => f.rule)).not.toContain('BR-16');
  });

  it('validates the XML embedded in a Factur-X PDF', async () => {
    const pdf = new Uint8Array(
      readFileSync(resolve(CORPUS, 'facturx-pdf/valid/mustang__EN16931_Einfach.pdf')),
    );
    const r = await validateInvoice(pdf);
    expect(r).toMatchObject({ format: 'pdf', profile: 'EN16931', valid: true });
  });

  it('reports a PDF without an invoice as invalid', async () => {
    const r = await validateInvoice(bytes('%PDF-1.4\n%%EOF\n'));
    expect(r).toMatchObject({ format: 'pdf', valid: false });
    expect(r.findings.length).toBeGreaterThan(0);
  });
});
