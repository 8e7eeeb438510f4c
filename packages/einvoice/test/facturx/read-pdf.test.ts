import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractFacturX } from '../../src/facturx/extract';
import { extractPdfInvoice, readInvoice } from '../../src/facturx/read';
import { CORPUS, readManifest } from '../support/corpus';

const manifest = readManifest(resolve(CORPUS, 'MANIFEST.tsv')).filter((r) =>
  (r.path ?? '').endsWith('.pdf'),
);
const truth = new Map(
  readManifest(resolve(CORPUS, 'PDF-TRUTH.tsv')).map((r) => [r.path ?? '', r] as const),
);
const NO_INVOICE = /no embedded CII\/UBL invoice/;

describe('reading the PDF corpus', () => {
  it('has PDF cases', () => {
    expect(manifest.length).toBeGreaterThan(60);
  });

  for (const row of manifest) {
    const path = row.path ?? '';
    it(path, async () => {
      const bytes = new Uint8Array(readFileSync(resolve(CORPUS, path)));
      const r = await readInvoice(bytes);
      expect(r.format).toBe('facturx-pdf');
      if (NO_INVOICE.test(row.notes ?? '')) {
        expect(r.invoice).toBeUndefined();
        expect(r.findings.map((f) => f.rule)).toEqual(
          expect.arrayContaining([expect.stringMatching(/^PDF-(NO-INVOICE|MALFORMED)$/)]),
        );
        return;
      }
      expect(r.invoice, JSON.stringify(r.findings)).toBeDefined();
      expect(r.profile).toBe(row.profile);
      const t = truth.get(path);
      if (t) {
        expect(r.invoice?.number).toBe(t.invoiceNumber);
        expect(r.invoice?.issueDate).toBe(t.issueDate);
        expect(r.invoice?.totals.payableAmount).toBe(t.amountDue);
      }
    });
  }

  it('prefers the ZUGFeRD 2 invoice when a ZUGFeRD 1 one is attached too', async () => {
    const path = 'zugferd-pdf/invalid/zcorpus__MustangRE-20171118_506_ZUGFeRD1and2.pdf';
    const r = await extractFacturX(new Uint8Array(readFileSync(resolve(CORPUS, path))));
    expect(r.attachmentNames.length).toBe(2);
    expect(new TextDecoder().decode(r.xml)).toContain('CrossIndustryInvoice');
  });

  it('warns when the XMP declares another profile than the XML', async () => {
    const path = 'facturx-pdf/invalid/mustang__invalidXMP.pdf';
    const r = await readInvoice(new Uint8Array(readFileSync(resolve(CORPUS, path))));
    expect(r.findings.find((f) => f.rule === 'PDF-XMP-PROFILE')?.severity).toBe('warning');
  });

  it('warns about XMP that is not well-formed and about an unexpected AFRelationship', async () => {
    const bad = await extractPdfInvoice(
      new Uint8Array(
        readFileSync(resolve(CORPUS, 'facturx-pdf/invalid/mustang__invalidXMP-ParseError.pdf')),
      ),
    );
    expect('warnings' in bad && bad.warnings.map((f) => f.rule)).toContain('PDF-XMP-INVALID');
    const unspecified = await extractPdfInvoice(
      new Uint8Array(
        readFileSync(resolve(CORPUS, 'facturx-pdf/valid/mustang__103767-Invoice-2026-03-24-1.pdf')),
      ),
    );
    expect('warnings' in unspecified && unspecified.warnings.map((f) => f.rule)).toEqual([
      'PDF-AF-RELATIONSHIP',
    ]);
    const clean = await extractPdfInvoice(
      new Uint8Array(
        readFileSync(resolve(CORPUS, 'zugferd-pdf/valid/zcorpus__EN16931_Einfach.pdf')),
      ),
    );
    expect('warnings' in clean && clean.warnings).toEqual([]);
  });

  // About 1 ms on an idle machine (npm run bench facturx); the bound only catches a pathological
  // regression on a loaded CI machine.
  it('extracts the XML of a small PDF quickly (warm)', async () => {
    const path = 'facturx-pdf/valid/zcorpus__Facture_FR_MINIMUM.pdf';
    const bytes = new Uint8Array(readFileSync(resolve(CORPUS, path)));
    await extractFacturX(bytes);
    const runs = 20;
    const t = performance.now();
    for (let i = 0; i < runs; i++) await extractFacturX(bytes);
    expect((performance.now() - t) / runs).toBeLessThan(100);
  });
});

async function pdfWithAttachment(content: Uint8Array, name = 'factur-x.xml'): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.addPage();
  await doc.attach(content, name, { mimeType: 'text/xml' });
  return doc;
}

describe('untrusted PDFs', () => {
  it('refuses bytes that are not a PDF', async () => {
    const r = await extractFacturX(new TextEncoder().encode('hello'));
    expect(r.findings[0]?.rule).toBe('PDF-MALFORMED');
  });

  it('reports a truncated or garbage PDF as malformed', async () => {
    const junk = new TextEncoder().encode('%PDF-1.7\n' + 'x'.repeat(5000) + '\n1 0 obj << /Ty');
    const r = await extractFacturX(junk);
    expect(r.xml).toBeUndefined();
    expect(r.findings[0]?.rule).toMatch(/^PDF-(MALFORMED|NO-INVOICE)$/);
    expect(r.findings[0]?.message.fr).not.toBe('');
  });

  it('enforces the size limit before parsing', async () => {
    const doc = await pdfWithAttachment(new TextEncoder().encode('<a/>'));
    const bytes = await doc.save();
    const r = await extractFacturX(bytes, { maxPdfBytes: 100 });
    expect(r.findings[0]?.rule).toBe('PDF-LIMIT');
  });

  it('stops a compression bomb at the XML size limit', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const inflated = new Uint8Array(64 * 1024 * 1024).fill(0x20);
    // The stream holds 64 MB of spaces compressed to a few KB; it must not be inflated past the cap.
    const bomb = doc.context.stream(deflateSync(inflated), {
      Type: 'EmbeddedFile',
      Filter: 'FlateDecode',
    });
    const spec = doc.context.obj({
      Type: 'Filespec',
      F: 'factur-x.xml',
      EF: { F: doc.context.register(bomb) },
    });
    doc.catalog.set(PDFName.of('AF'), doc.context.obj([doc.context.register(spec)]));
    const bytes = await doc.save();
    const t = performance.now();
    const r = await extractFacturX(bytes, { maxXmlBytes: 1024 * 1024 });
    expect(performance.now() - t).toBeLessThan(5000);
    expect(r.findings.map((f) => f.rule)).toContain('PDF-LIMIT');
  });

  it('refuses object streams that inflate past the budget, before parsing', async () => {
    const bomb = deflateSync(new Uint8Array(8 * 1024 * 1024));
    const head = new TextEncoder().encode(
      `%PDF-1.7\n1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${bomb.length} >>\nstream\n`,
    );
    const tail = new TextEncoder().encode(
      '\nendstream\nendobj\ntrailer << /Root 2 0 R >>\n%%EOF\n',
    );
    const bytes = new Uint8Array([...head, ...bomb, ...tail]);
    const r = await extractFacturX(bytes, { maxObjectStreamBytes: 1024 * 1024 });
    expect(r.findings[0]?.rule).toBe('PDF-LIMIT');
    expect(r.findings[0]?.message.en).toContain('expand');
  });

  it('never throws on truncated or corrupted copies of a real Factur-X PDF', async () => {
    const path = 'zugferd-pdf/valid/zcorpus__EN16931_Einfach.pdf';
    const good = new Uint8Array(readFileSync(resolve(CORPUS, path)));
    let seed = 42;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const variants: Uint8Array[] = [];
    for (let i = 1; i <= 20; i++)
      variants.push(good.subarray(0, Math.floor((good.length * i) / 21)));
    for (let i = 0; i < 20; i++) {
      const bad = good.slice();
      for (let k = 0; k < 50; k++) bad[rand(bad.length)] = rand(256);
      variants.push(bad);
    }
    for (const v of variants) {
      const t = performance.now();
      const r = await readInvoice(v);
      expect(performance.now() - t).toBeLessThan(10_000);
      expect(r.invoice !== undefined || r.findings.some((f) => f.severity === 'fatal')).toBe(true);
    }
  });

  it('reports an encrypted PDF', async () => {
    const doc = await pdfWithAttachment(new TextEncoder().encode('<a/>'));
    const enc = doc.context.obj({ Filter: 'Standard', V: 2, R: 3, Length: 128, P: -44 });
    doc.context.trailerInfo.Encrypt = doc.context.register(enc);
    const r = await extractFacturX(await doc.save());
    expect(r.findings[0]?.rule).toBe('PDF-ENCRYPTED');
  });

  it('says which attachments were found when none is an invoice', async () => {
    const doc = await pdfWithAttachment(new TextEncoder().encode('not xml'), 'notes.txt');
    const r = await extractFacturX(await doc.save());
    expect(r.findings[0]?.rule).toBe('PDF-NO-INVOICE');
    expect(r.findings[0]?.message.en).toContain('notes.txt');
  });

  it('finds the invoice by its content, whatever the attachment is called', async () => {
    const xml = readFileSync(resolve(CORPUS, 'cii/valid/mustang__facturFrMinimum.xml'));
    const doc = await pdfWithAttachment(new Uint8Array(xml), 'invoice-42.xml');
    const r = await readInvoice(await doc.save());
    expect(r.format).toBe('facturx-pdf');
    expect(r.profile).toBe('MINIMUM');
    expect(r.attachmentName).toBe('invoice-42.xml');
  });

  it('finds an invoice attached only through a page annotation, beside other attachments', async () => {
    const xml = readFileSync(resolve(CORPUS, 'cii/valid/mustang__facturFrMinimum.xml'));
    const doc = await pdfWithAttachment(new TextEncoder().encode('notes'), 'readme.txt');
    const stream = doc.context.flateStream(new Uint8Array(xml), { Type: 'EmbeddedFile' });
    const spec = doc.context.obj({
      Type: 'Filespec',
      F: 'factur-x.xml',
      EF: { F: doc.context.register(stream) },
    });
    const annot = doc.context.obj({
      Type: 'Annot',
      Subtype: 'FileAttachment',
      Rect: [0, 0, 10, 10],
      FS: doc.context.register(spec),
    });
    doc.getPage(0).node.addAnnot(doc.context.register(annot));
    const r = await readInvoice(await doc.save());
    expect(r.profile).toBe('MINIMUM');
    expect(r.attachmentName).toBe('factur-x.xml');
  });

  it('reads plain XML through the same entry point', async () => {
    const xml = readFileSync(resolve(CORPUS, 'cii/valid/mustang__facturFrMinimum.xml'));
    const r = await readInvoice(new Uint8Array(xml));
    expect(r.format).toBe('cii');
    expect(r.profile).toBe('MINIMUM');
    expect(r.invoice?.number).not.toBe('');
  });
});
