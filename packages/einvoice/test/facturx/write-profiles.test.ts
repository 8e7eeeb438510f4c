import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFacturX } from '../../src/facturx/extract';
import { invoiceForProfile, writeFacturX } from '../../src/facturx/write-facturx';
import type { WritableProfile } from '../../src/facturx/write-facturx';
import { readInvoice } from '../../src/facturx/read';
import { readInvoiceXml } from '../../src/read/read-invoice';
import { initValidation, validateInvoice } from '../../src/validate/index';
import { parseForSchema, validateSchema } from '../../src/validate/schema';
import type { SchemaId } from '../../src/validate/schema';
import { writeCii } from '../../src/write/index';
import { CORPUS } from '../support/corpus';

const SCHEMA: Record<Exclude<WritableProfile, 'XRECHNUNG'>, SchemaId> = {
  MINIMUM: 'fx-minimum',
  'BASIC-WL': 'fx-basicwl',
  BASIC: 'fx-basic',
  EN16931: 'fx-en16931',
  EXTENDED: 'fx-extended',
};
const SOURCES = [
  'cii/valid/cen__CII_example1.xml',
  'ubl-invoice/valid/cen__Invoice-Max_content.xml',
  'ubl-creditnote/valid/cen__CreditNote-Max_content.xml',
];

describe('writing each Factur-X profile', () => {
  beforeAll(async () => {
    await initValidation();
  });

  for (const profile of Object.keys(SCHEMA) as (keyof typeof SCHEMA)[]) {
    for (const source of SOURCES) {
      it(`${profile} from ${source}`, async () => {
        const read = readInvoiceXml(new Uint8Array(readFileSync(resolve(CORPUS, source))));
        if (!read.invoice) throw new Error('source not read');
        const pdf = await writeFacturX(read.invoice, { profile, date: new Date(0) });
        const back = await readInvoice(pdf);
        expect(back.profile).toBe(profile);
        // The embedded XML is valid against the CII D16B schema and the profile's own schema.
        const sdoc = parseForSchema(back.xmlBytes ?? new Uint8Array());
        if (Array.isArray(sdoc)) throw new Error('embedded XML not well-formed');
        try {
          expect(validateSchema(sdoc, 'cii')).toEqual([]);
          expect(validateSchema(sdoc, SCHEMA[profile])).toEqual([]);
        } finally {
          sdoc.dispose();
        }
        // It reads back to the invoice as the profile carries it.
        const expected = invoiceForProfile(read.invoice, profile).invoice;
        expect(back.invoice).toEqual(
          readInvoiceXml(new TextEncoder().encode(writeCii(expected))).invoice,
        );
        if (profile === 'MINIMUM' || profile === 'BASIC-WL')
          expect(back.invoice?.lines).toEqual([]);
        const report = await validateInvoice(pdf);
        expect(report.profile).toBe(profile);
        // The CEN "max content" samples use codes the Factur-X profile code lists do not admit
        // (lower-case VATEX codes, for one): the profile rules judge that source data, not the writer.
        if (source.startsWith('cii/')) {
          const fatal = report.findings.filter((f) => f.severity === 'fatal');
          expect(fatal.map((f) => f.rule)).toEqual([]);
        }
      });
    }
  }

  it('attaches an XRechnung CII as xrechnung.xml, declared XRECHNUNG', async () => {
    const source = 'xrechnung-cii/valid/kosit__cii-br-03-wrong-date-format.xml';
    const read = readInvoiceXml(new Uint8Array(readFileSync(resolve(CORPUS, source))));
    if (!read.invoice) throw new Error('source not read');
    const pdf = await writeFacturX(read.invoice, { date: new Date(0) });
    const extracted = await extractFacturX(pdf);
    expect(extracted.fileName).toBe('xrechnung.xml');
    expect(extracted.xmp?.conformanceLevel).toBe('XRECHNUNG');
    expect(extracted.xmp?.documentFileName).toBe('xrechnung.xml');
    const back = await readInvoice(pdf);
    expect(back.profile).toBe('XRECHNUNG');
    expect(back.invoice).toEqual(read.invoice);
  });
});
