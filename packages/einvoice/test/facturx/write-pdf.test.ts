import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import type { PDFObject, PDFArray } from 'pdf-lib';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractFacturX } from '../../src/facturx/extract';
import { extractPdfInvoice } from '../../src/facturx/read';
import { writeFacturXPdf } from '../../src/facturx/write-pdf';
import { sampleInvoice } from './sample-invoice';

const XML = new TextEncoder().encode(
  '<?xml version="1.0" encoding="UTF-8"?><rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"/>',
);
const DATE = new Date('2026-11-27T10:00:00Z');

async function written(lines = 2, lang: 'fr' | 'en' = 'fr') {
  const bytes = await writeFacturXPdf(sampleInvoice(lines), XML, { lang, date: DATE });
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const look = (o: PDFObject | undefined): PDFObject | undefined =>
    o instanceof PDFRef ? doc.context.lookup(o) : o;
  return { bytes, doc, look };
}

function text(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}

describe('writing a Factur-X PDF', () => {
  it('attaches factur-x.xml as the Alternative of the document, in /AF and the EmbeddedFiles tree', async () => {
    const { doc, look } = await written();
    const af = look(doc.catalog.get(PDFName.of('AF'))) as PDFArray;
    expect(af.size()).toBe(1);
    const spec = look(af.get(0)) as PDFDict;
    expect(spec.get(PDFName.of('AFRelationship'))?.toString()).toBe('/Alternative');
    expect(spec.get(PDFName.of('F'))?.toString()).toBe('(factur-x.xml)');
    const names = look(doc.catalog.get(PDFName.of('Names'))) as PDFDict;
    const ef = look(names.get(PDFName.of('EmbeddedFiles'))) as PDFDict;
    expect((look(ef.get(PDFName.of('Names'))) as PDFArray).size()).toBe(2);
    const file = look((look(spec.get(PDFName.of('EF'))) as PDFDict).get(PDFName.of('F')));
    expect(file).toBeInstanceOf(PDFRawStream);
    const stream = file as PDFRawStream;
    expect(stream.dict.get(PDFName.of('Subtype'))?.toString()).toBe('/text#2Fxml');
    expect(new Uint8Array(inflateSync(stream.contents))).toEqual(XML);
  });

  it('declares PDF/A-3B and the Factur-X extension schema in uncompressed XMP', async () => {
    const { doc, look } = await written();
    const meta = look(doc.catalog.get(PDFName.of('Metadata'))) as PDFRawStream;
    expect(meta.dict.get(PDFName.of('Filter'))).toBeUndefined();
    const xmp = new TextDecoder().decode(meta.contents);
    expect(xmp).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain('<fx:DocumentType>INVOICE</fx:DocumentType>');
    expect(xmp).toContain('<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>');
    expect(xmp).toContain('<fx:Version>1.0</fx:Version>');
    expect(xmp).toContain('<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>');
    expect(xmp).toContain(
      '<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>',
    );
    expect(xmp).toContain('<xmp:CreateDate>2026-11-27T10:00:00Z</xmp:CreateDate>');
    expect(doc.getCreationDate()?.toISOString()).toBe(DATE.toISOString());
    expect(doc.getTitle()).toBe('Facture FA-2026-0042');
    expect(xmp).toContain('Facture FA-2026-0042');
  });

  it('has an sRGB output intent, a file identifier and only embedded fonts', async () => {
    const { bytes, doc, look } = await written();
    const intents = look(doc.catalog.get(PDFName.of('OutputIntents'))) as PDFArray;
    const intent = look(intents.get(0)) as PDFDict;
    expect(intent.get(PDFName.of('S'))?.toString()).toBe('/GTS_PDFA1');
    const icc = look(intent.get(PDFName.of('DestOutputProfile'))) as PDFRawStream;
    expect(icc.dict.get(PDFName.of('N'))?.toString()).toBe('3');
    expect(text(bytes)).toMatch(/\/ID \[ <[0-9a-f]{32}> <[0-9a-f]{32}> \]/);
    const fonts = doc.context
      .enumerateIndirectObjects()
      .map(([, o]) => o)
      .filter(
        (o): o is PDFDict =>
          o instanceof PDFDict && o.get(PDFName.of('Type'))?.toString() === '/FontDescriptor',
      );
    expect(fonts.length).toBe(2);
    for (const f of fonts) expect(f.get(PDFName.of('FontFile2'))).toBeDefined();
    expect(text(bytes)).not.toContain('/Helvetica');
  });

  it('runs over several pages when there are many lines', async () => {
    const { doc } = await written(150, 'en');
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(3);
  });

  it('renders huge texts in bounded time, keeping them whole in the XML', async () => {
    const invoice = sampleInvoice(3);
    const first = invoice.lines[0];
    if (!first) throw new Error('no line');
    first.item.name = 'X'.repeat(100_000);
    invoice.notes.push({ text: 'Lorem ipsum dolor sit amet '.repeat(10_000) });
    const t = performance.now();
    const bytes = await writeFacturXPdf(invoice, XML, { date: DATE });
    expect(performance.now() - t).toBeLessThan(10_000);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeLessThan(10);
  });

  it('reads back through the extractor, with no warning about the container', async () => {
    const { bytes } = await written();
    const r = await extractFacturX(bytes);
    expect(r.findings).toEqual([]);
    const checked = await extractPdfInvoice(bytes);
    expect('warnings' in checked && checked.warnings).toEqual([]);
    expect(r.xml).toEqual(XML);
    expect(r.xmp?.conformanceLevel).toBe('EN 16931');
  });

  it('gives the same bytes for the same invoice and date', async () => {
    const a = await written();
    const b = await written();
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});
