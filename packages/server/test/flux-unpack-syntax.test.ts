import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkEntrySyntax, checkEntrySyntaxDeep } from '../src/flux/unpack';
import {
  ciiInvoice,
  facturXInvoice,
  plainPdf as makePlainPdf,
  ublInvoice,
} from './support/flux-invoices';

let facturX: Uint8Array;
let plainPdf: Uint8Array;

beforeAll(async () => {
  facturX = await facturXInvoice('F-X-1');
  plainPdf = await makePlainPdf('Facture F-PLAIN-1');
});

describe('flux: declared syntax against content', () => {
  it('refuses a UBL invoice in a CII flux, and a CII one in a UBL flux, naming the file', () => {
    const refusal = checkEntrySyntax('IN_DP_E1_CII_16B', {
      name: 'lot/F-1.xml',
      bytes: ublInvoice('F-1'),
    });
    expect(refusal).toMatchObject({ code: 'FLUX_SYNTAX_MISMATCH', entry: 'lot/F-1.xml' });
    expect(refusal?.message.fr).toContain('« lot/F-1.xml » est une facture UBL');
    expect(refusal?.message.en).toContain('IN_DP_E1_CII_16B');
    expect(
      checkEntrySyntax('IN_DP_E1_UBL_INVOICE', { name: 'c.xml', bytes: ciiInvoice('F-1') })?.message
        .en,
    ).toContain('a CII invoice');
    expect(checkEntrySyntax('IN_DP_E1_UBL_INVOICE', { name: 'f.pdf', bytes: facturX })?.code).toBe(
      'FLUX_SYNTAX_MISMATCH',
    );
    expect(
      checkEntrySyntax('IN_DP_E1_UBL_INVOICE', { name: 'e.xml', bytes: new Uint8Array() })?.message
        .en,
    ).toContain('empty file');
  });

  it('accepts a Factur-X PDF in a Factur-X flux and refuses a plain PDF or an XML there', async () => {
    const fx = { name: 'F-X-1.pdf', bytes: facturX };
    expect(checkEntrySyntax('IN_DP_E2_CII_FACTURX', fx)).toBeUndefined();
    expect(await checkEntrySyntaxDeep('IN_DP_E2_CII_FACTURX', fx)).toBeUndefined();
    const plain = { name: 'scan.pdf', bytes: plainPdf };
    expect(checkEntrySyntax('IN_DP_E2_CII_FACTURX', plain)).toMatchObject({
      code: 'FLUX_SYNTAX_MISMATCH',
      entry: 'scan.pdf',
      reason: 'no-embedded-xml',
    });
    expect(await checkEntrySyntaxDeep('IN_DP_E2_CII_FACTURX', plain)).toMatchObject({
      code: 'FLUX_SYNTAX_MISMATCH',
      reason: 'no-embedded-xml',
    });
    expect(
      checkEntrySyntax('IN_DP_E2_CII_FACTURX', { name: 'c.xml', bytes: ciiInvoice('F-1') })?.message
        .fr,
    ).toContain('une facture CII');
  });

  it('finds the CII of a Factur-X whose embedded file stream does not say /Type /EmbeddedFile', () => {
    const text = Buffer.from(facturX).toString('latin1');
    expect(text).toContain('/Type /EmbeddedFile');
    const unmarked = Buffer.from(text.replaceAll('/Type /EmbeddedFile', ' '.repeat(19)), 'latin1');
    expect(unmarked.length).toBe(facturX.length);
    expect(
      checkEntrySyntax('IN_DP_E2_CII_FACTURX', { name: 'fx.pdf', bytes: unmarked }),
    ).toBeUndefined();
  });

  it('stays cheap on a PDF of thousands of crafted compressed streams', () => {
    const bomb = deflateSync(new Uint8Array(4 * 1024 * 1024)).subarray(0, 1024);
    const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
    for (let i = 0; i < 5000; i++) {
      parts.push(
        Buffer.from(`${i + 1} 0 obj\n<< /Length 1024 /Filter /FlateDecode >>\nstream\n`),
        bomb,
        Buffer.from('\nendstream\nendobj\n'),
      );
    }
    const pdf = Buffer.concat(parts);
    const started = performance.now();
    const refusal = checkEntrySyntax('IN_DP_E2_CII_FACTURX', { name: 'crafted.pdf', bytes: pdf });
    expect(refusal).toMatchObject({ code: 'FLUX_SYNTAX_MISMATCH', reason: 'no-embedded-xml' });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
