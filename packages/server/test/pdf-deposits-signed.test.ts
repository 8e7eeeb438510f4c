import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './support/app';
import { invoiceBody, publicStructure } from './support/invoices';
import { multipartFiles } from './support/pdf-deposits';
import {
  makeIdentities,
  signPades,
  signXades,
  unsignedPdf,
  type Fixtures,
} from './support/signature-fixtures';
import { person, setRequireValidation, structureOf, type Person } from './support/structures';

// Signed deposits through the API: the declared format is checked against the files, the
// signature verified (self-made certificates), tampered files refused with the module's reasons.

const now = new Date();
let env: TestEnv;
let rootsDir: string;
let ids: Fixtures;
let supplier: Person;
let structureId: string;
let recipientSiret: string;
let signed: Buffer;
let plain: Uint8Array;

type Signature = {
  format: string;
  status: string;
  reasons: Array<{ code: string; message: { fr: string; en: string } }>;
  signer: { subject: string; issuer: string } | null;
  signingTime: string | null;
  coversWholeDocument: boolean;
  chainTrusted: boolean;
};
type Deposit = {
  id: string;
  status: string;
  format: string;
  signature: Signature | null;
  signatureFile: { fileName: string; sha256: string } | null;
};
type Problem = {
  code: string;
  reason?: string;
  message: string;
  details: Array<{ field?: string; rule?: string }>;
  data?: { signature: Signature | null };
};

const TEXT = 'Facture F-2026-001 du 15/01/2026 - Total TTC 1 200,00 EUR';

function deposit(
  on: TestEnv,
  who: Person,
  format: string,
  pdf: Uint8Array,
  xades?: string | Uint8Array,
  structure = structureId,
) {
  const body = multipartFiles({ structureId: structure, format }, [
    { field: 'pdf', name: 'facture.pdf', bytes: pdf },
    ...(xades !== undefined
      ? [
          {
            field: 'signature',
            name: 'facture.xml',
            bytes: typeof xades === 'string' ? Buffer.from(xades) : xades,
            type: 'application/xml',
          },
        ]
      : []),
  ]);
  return on.app.inject({
    method: 'POST',
    url: '/api/v1/pdf-deposits',
    headers: { ...who.headers, ...body.headers },
    payload: body.payload,
  });
}

beforeAll(async () => {
  ids = await makeIdentities(now);
  rootsDir = mkdtempSync(path.join(tmpdir(), 'chorale-roots-'));
  writeFileSync(path.join(rootsDir, 'ca.pem'), ids.ca.pem);
  env = await createTestEnv();
  await setRequireValidation(env, false);
  supplier = await person(env, { language: 'en' });
  structureId = (await structureOf(env, supplier, 'Fournisseur SARL')).id;
  await env.ctx.db
    .updateTable('structures')
    .set({ vat_number: 'FR32123456789' })
    .where('id', '=', structureId)
    .execute();
  recipientSiret = (await publicStructure(env, { services: [{ code: 'FIN' }] })).siret;
  [signed, plain] = await Promise.all([signPades(TEXT, ids.signer, now), unsignedPdf(TEXT)]);
});
afterAll(async () => {
  await env.close();
});

describe('declared format against the files: refused with the reason', () => {
  it('PAdES claimed on an unsigned PDF: 422 SIGNATURE_ABSENT', async () => {
    const res = await deposit(env, supplier, 'PDF_SIGNE_PADES', plain);
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().reason).toBe('SIGNATURE_ABSENT');
    expect(res.json<Problem>().message).toMatch(/no electronic signature/);
  });

  it('a signed PDF declared unsigned: 422 FORMAT_MISMATCH_SIGNED (choose PAdES)', async () => {
    const res = await deposit(env, supplier, 'PDF_NON_SIGNE', signed);
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().reason).toBe('FORMAT_MISMATCH_SIGNED');
  });

  it('XAdES declared without its file: 422 XADES_MISSING', async () => {
    const res = await deposit(env, supplier, 'PDF_SIGNE_XADES', plain);
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().reason).toBe('XADES_MISSING');
  });

  it('a XAdES file signing other bytes: 422 XADES_REFERENCE_MISMATCH', async () => {
    const other = await unsignedPdf('Facture F-2026-999 - 9 999,00 EUR, une autre facture');
    const xades = await signXades(other, ids.signer, { signingTime: now });
    const res = await deposit(env, supplier, 'PDF_SIGNE_XADES', plain, xades);
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().reason).toBe('XADES_REFERENCE_MISMATCH');
    expect(res.json<Problem>().details[0]?.field).toBe('signature');
  });

  it('a XAdES file with a DOCTYPE is refused as malformed', async () => {
    const xades = await signXades(plain, ids.signer, { signingTime: now });
    const evil = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${xades.replace(/^<\?xml[^>]*\?>/, '')}`;
    const res = await deposit(env, supplier, 'PDF_SIGNE_XADES', plain, evil);
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().reason).toBe('XADES_MALFORMED');
  });
});

describe('tampered signed PDFs (C12): refused as the signatures module says', () => {
  it('a byte changed after signing: DIGEST_MISMATCH', async () => {
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf('/Producer');
    tampered[at + 1] = tampered[at + 1] === 0x51 ? 0x52 : 0x51;
    const res = await deposit(env, supplier, 'PDF_SIGNE_PADES', tampered);
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().details.map((d) => d.rule)).toContain('DIGEST_MISMATCH');
    expect(res.json<Problem>().data?.signature?.status).toBe('invalid');
  });

  it('a page appended after signing: "the signature does not cover the whole document"', async () => {
    const update = Buffer.from(
      '\n99 0 obj\n<< /Type /Page /Parent 1 0 R /MediaBox [0 0 595 842] >>\nendobj\n' +
        'xref\n99 1\n0000000000 00000 n \ntrailer\n<< /Size 100 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n',
      'latin1',
    );
    const res = await deposit(env, supplier, 'PDF_SIGNE_PADES', Buffer.concat([signed, update]));
    expect(res.statusCode).toBe(422);
    const problem = res.json<Problem>();
    expect(problem.reason).toBe('BYTE_RANGE_INCOMPLETE');
    expect(problem.message).toMatch(/does not cover the whole document/);
    expect(problem.data?.signature?.coversWholeDocument).toBe(false);
  });

  it('an expired signer certificate: CERTIFICATE_EXPIRED', async () => {
    const pdf = await signPades(TEXT, ids.expired, now);
    const res = await deposit(env, supplier, 'PDF_SIGNE_PADES', pdf);
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().reason).toBe('CERTIFICATE_EXPIRED');
  });
});

describe('intact signatures: accepted with their report, copied onto the invoice', () => {
  it('PAdES without a trust store: intact-untrusted, never valid, with the signer details', async () => {
    const res = await deposit(env, supplier, 'PDF_SIGNE_PADES', signed);
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json<Deposit>();
    expect(d.format).toBe('PDF_SIGNE_PADES');
    expect(d.status).toBe('ready');
    expect(d.signature?.status).toBe('intact-untrusted');
    expect(d.signature?.coversWholeDocument).toBe(true);
    expect(d.signature?.chainTrusted).toBe(false);
    expect(d.signature?.signer?.subject).toContain('Marie Martin');
    expect(d.signature?.signer?.issuer).toContain('Chorale Test CA');
    expect(d.signature?.reasons.map((r) => r.message.en)).toContain(
      'Signature intact, signer not verified against a trust list.',
    );

    const created = await env.app.inject({
      method: 'POST',
      url: `/api/v1/pdf-deposits/${d.id}/invoice`,
      headers: supplier.headers,
      payload: invoiceBody(recipientSiret, { number: 'SIGNE-1' }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const invoice = created.json<{ id: string; depositMode: string; signature: Signature }>();
    expect(invoice.depositMode).toBe('DEPOT_PDF_SIGNE_API');
    expect(invoice.signature).toEqual(d.signature);
    const page = await env.app.inject({
      method: 'GET',
      url: `/api/v1/invoices/${invoice.id}`,
      headers: supplier.headers,
    });
    expect(page.json<{ signature: Signature }>().signature.status).toBe('intact-untrusted');
  });

  it('detached XAdES over the PDF bytes: accepted, the signature file kept beside it', async () => {
    const xades = await signXades(plain, ids.signer, { signingTime: now });
    const res = await deposit(env, supplier, 'PDF_SIGNE_XADES', plain, xades);
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json<Deposit>();
    expect(d.format).toBe('PDF_SIGNE_XADES');
    expect(d.signature?.format).toBe('xades');
    expect(d.signature?.status).toBe('intact-untrusted');
    expect(d.signatureFile?.fileName).toBe('facture.xml');
  });

  it('PAdES with the CA in TRUSTED_ROOTS_DIR: valid', { timeout: 60_000 }, async () => {
    const trusting = await createTestEnv({ TRUSTED_ROOTS_DIR: rootsDir });
    try {
      await setRequireValidation(trusting, false);
      const owner = await person(trusting);
      const structure = (await structureOf(trusting, owner, 'Fournisseur Confiance')).id;
      const res = await deposit(trusting, owner, 'PDF_SIGNE_PADES', signed, undefined, structure);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<Deposit>().signature).toMatchObject({ status: 'valid', chainTrusted: true });
    } finally {
      await trusting.close();
    }
  });
});
