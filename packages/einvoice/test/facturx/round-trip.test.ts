import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { invoiceForProfile, writeFacturX } from '../../src/facturx/write-facturx';
import { readInvoice } from '../../src/facturx/read';
import { readInvoiceXml } from '../../src/read/read-invoice';
import { initValidation, validateInvoice } from '../../src/validate/index';
import { writeCii } from '../../src/write/index';
import { CORPUS, readManifest } from '../support/corpus';
import { sampleInvoice } from './sample-invoice';

const rows = readManifest(resolve(CORPUS, 'MANIFEST.tsv')).filter(
  (r) =>
    r.expected === 'valid' && ['cii', 'ubl-invoice', 'ubl-creditnote'].includes(r.format ?? ''),
);
const DATE = new Date('2026-11-27T09:00:00Z');

describe('Factur-X round trip: model → PDF → model', () => {
  beforeAll(async () => {
    await initValidation();
  });

  it('has corpus cases', () => {
    expect(rows.length).toBeGreaterThan(80);
  });

  // Every valid CII, UBL invoice and credit note of the corpus: the PDF reads back to the model
  // written (for UBL sources, the model as CII can carry it: the PDF adds no loss of its own), and
  // the whole PDF validates (Factur-X EN 16931 schema, CII schema, EN 16931 rules).
  for (const row of rows) {
    const path = row.path ?? '';
    it(path, async () => {
      const read = readInvoiceXml(new Uint8Array(readFileSync(resolve(CORPUS, path))));
      expect(read.invoice).toBeDefined();
      if (!read.invoice) return;
      const pdf = await writeFacturX(read.invoice, { date: DATE, lang: 'en' });
      const back = await readInvoice(pdf);
      expect(back.format).toBe('facturx-pdf');
      expect(back.attachmentName).toBe('factur-x.xml');
      const { invoice: written, profile } = invoiceForProfile(read.invoice);
      expect(back.profile).toBe(profile);
      const asCii = readInvoiceXml(new TextEncoder().encode(writeCii(written))).invoice;
      expect(back.invoice).toEqual(asCii);
      if (row.format === 'cii') expect(back.invoice).toEqual(written);
      const report = await validateInvoice(pdf);
      // The Factur-X profile Schematron also judges data the source carries and EN 16931 accepts
      // (VATEX codes in lower case, EXTENDED sub-line hierarchies the model does not hold): its
      // findings are the source's, not the round trip's, and are checked by the validation tests.
      expect(
        report.findings.filter((f) => f.severity === 'fatal' && !/^(FX-|BR-FX)/.test(f.rule)),
        path,
      ).toEqual([]);
    });
  }

  it('keeps the invoice intact in French, over several pages', async () => {
    const invoice = sampleInvoice(80);
    const pdf = await writeFacturX(invoice, { lang: 'fr', date: DATE });
    const back = await readInvoice(pdf);
    expect(back.invoice).toEqual(invoice);
    const report = await validateInvoice(pdf);
    expect(report.findings.filter((f) => f.severity === 'fatal')).toEqual([]);
  });

  it('declares the Factur-X identifier of the profile when the source declares another one', async () => {
    const invoice = sampleInvoice(1);
    invoice.processControl.specificationIdentifier =
      'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
    const back = await readInvoice(await writeFacturX(invoice, { date: DATE }));
    expect(back.invoice?.processControl.specificationIdentifier).toBe('urn:cen.eu:en16931:2017');
    expect(back.profile).toBe('EN16931');
  });
});
