import type { Certificate } from 'pkijs';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  checkDepositFormat,
  parsePemCertificates,
  verifyOptionsOf,
  verifyXades,
  type SignatureVerification,
} from '../src/signatures';
import {
  type Fixtures,
  makeIdentities,
  signXades,
  unsignedPdf,
} from './support/signature-fixtures';

const now = new Date();
let ids: Fixtures;
let roots: Certificate[];
let pdf: Uint8Array;
let xades: string;

function codes(result: SignatureVerification): string[] {
  return result.reasons.map((r) => r.code);
}

beforeAll(async () => {
  ids = await makeIdentities(now);
  roots = parsePemCertificates(ids.ca.pem);
  pdf = await unsignedPdf('Facture F-2026-010 — 480,00 EUR');
  xades = await signXades(pdf, ids.signer, { signingTime: now });
});

describe('XAdES (detached): refusals first', () => {
  test('the PDF changed after signing: XADES_REFERENCE_MISMATCH', async () => {
    const tampered = Buffer.from(pdf);
    const at = tampered.indexOf('/Producer');
    tampered[at + 1] = tampered[at + 1] === 0x51 ? 0x52 : 0x51;
    const result = await verifyXades(tampered, Buffer.from(xades), { trustedRoots: roots, now });
    expect(result.status).toBe('invalid');
    expect(codes(result)).toContain('XADES_REFERENCE_MISMATCH');
    expect(result.coversWholeDocument).toBe(false);
  });

  test('a XAdES file that signs another PDF is refused at deposit with the reason', async () => {
    const another = await unsignedPdf('Facture F-2026-011');
    const deposit = await checkDepositFormat('xades', another, Buffer.from(xades), {
      trustedRoots: roots,
      now,
    });
    expect(deposit).toMatchObject({ accepted: false, detected: 'xades' });
    expect(deposit.reasons.map((r) => r.code)).toContain('XADES_REFERENCE_MISMATCH');
  });

  test('forged: the attacker signs with its key and puts its certificate beside the genuine one', async () => {
    const tampered = await unsignedPdf('Facture F-2026-010 — 48 000,00 EUR');
    const forged = await signXades(tampered, ids.signer, {
      key: ids.attacker.keys.privateKey,
      keyInfo: [ids.attacker.cert, ids.signer.cert],
      signingTime: now,
    });
    const result = await verifyXades(tampered, Buffer.from(forged), { trustedRoots: roots, now });
    expect(result.status).toBe('invalid');
    expect(codes(result)).toContain('SIGNATURE_INVALID');
    // Named by the signed properties, the genuine signer is the one reported, not the attacker.
    expect(result.signer?.issuer).toBe('CN=Chorale Test CA, O=Chorale, C=FR');
  });

  test('forged: the signing certificate named is not in KeyInfo: XADES_SIGNING_CERTIFICATE_MISMATCH', async () => {
    const forged = await signXades(pdf, ids.signer, {
      key: ids.attacker.keys.privateKey,
      keyInfo: [ids.attacker.cert],
    });
    const result = await verifyXades(pdf, Buffer.from(forged), { trustedRoots: roots, now });
    expect(result.status).toBe('invalid');
    expect(codes(result)).toEqual(['XADES_SIGNING_CERTIFICATE_MISMATCH']);
  });

  test('a third reference slipped into SignedInfo: XADES_REFERENCES_UNEXPECTED', async () => {
    const pdfRef = /<ds:Reference URI="facture\.pdf">.*?<\/ds:Reference>/.exec(xades)?.[0] ?? '';
    expect(pdfRef).not.toBe('');
    const extra = xades.replace(pdfRef, pdfRef + pdfRef.replace('facture.pdf', 'autre.pdf'));
    const result = await verifyXades(pdf, Buffer.from(extra), { trustedRoots: roots, now });
    expect(codes(result)).toEqual(['XADES_REFERENCES_UNEXPECTED']);
  });

  test('the signed-properties reference removed: XADES_REFERENCES_UNEXPECTED', async () => {
    const propsRef =
      /<ds:Reference URI="#[^"]+" Type="[^"]+">.*?<\/ds:Reference>/.exec(xades)?.[0] ?? '';
    expect(propsRef).not.toBe('');
    const result = await verifyXades(pdf, Buffer.from(xades.replace(propsRef, '')), {
      trustedRoots: roots,
      now,
    });
    expect(codes(result)).toEqual(['XADES_REFERENCES_UNEXPECTED']);
  });

  test('signature wrapping: a second element with the signed properties Id is refused', async () => {
    const id = /<xades:SignedProperties Id="([^"]+)"/.exec(xades)?.[1] ?? '';
    expect(id).not.toBe('');
    const wrapped = xades.replace(
      '</ds:Signature>',
      `<ds:Object><xades:SignedProperties xmlns:xades="http://uri.etsi.org/01903/v1.3.2#" Id="${id}"/></ds:Object></ds:Signature>`,
    );
    const result = await verifyXades(pdf, Buffer.from(wrapped), { trustedRoots: roots, now });
    expect(codes(result)).toEqual(['XADES_REFERENCES_UNEXPECTED']);
  });

  test('two signatures in one file are refused as malformed', async () => {
    const twice = `<wrap>${xades}${xades}</wrap>`;
    const result = await verifyXades(pdf, Buffer.from(twice), { trustedRoots: roots, now });
    expect(codes(result)).toEqual(['XADES_MALFORMED']);
  });

  test('a SHA-1 digest of the PDF is refused: UNSUPPORTED_ALGORITHM', async () => {
    const sha1 = xades.replace(
      /(<ds:Reference URI="facture\.pdf"><ds:DigestMethod Algorithm=")[^"]+"/,
      '$1http://www.w3.org/2000/09/xmldsig#sha1"',
    );
    expect(sha1).not.toBe(xades);
    const result = await verifyXades(pdf, Buffer.from(sha1), { trustedRoots: roots, now });
    expect(codes(result)).toEqual(['UNSUPPORTED_ALGORITHM']);
  });

  test('a XAdES file uploaded with a deposit declared unsigned or PAdES is refused', async () => {
    for (const choice of ['unsigned', 'pades'] as const) {
      const deposit = await checkDepositFormat(
        choice,
        pdf,
        Buffer.from(xades),
        verifyOptionsOf({ trustedRoots: roots, now: () => now }),
      );
      expect(deposit).toMatchObject({ accepted: false, detected: 'xades' });
      expect(deposit.reasons.map((r) => r.code)).toEqual(['FORMAT_MISMATCH_XADES']);
    }
  });

  test('a signed property changed (signing time): SIGNATURE_INVALID', async () => {
    const changed = xades.replace(
      /<xades:SigningTime>[^<]+</,
      '<xades:SigningTime>2020-01-01T00:00:00Z<',
    );
    const result = await verifyXades(pdf, Buffer.from(changed), { trustedRoots: roots, now });
    expect(result.status).toBe('invalid');
    expect(codes(result)).toContain('SIGNATURE_INVALID');
  });

  test('an expired certificate: CERTIFICATE_EXPIRED', async () => {
    const old = await signXades(pdf, ids.expired, { signingTime: now });
    const result = await verifyXades(pdf, Buffer.from(old), { trustedRoots: roots, now });
    expect(result.status).toBe('invalid');
    expect(codes(result)).toContain('CERTIFICATE_EXPIRED');
  });
});

describe('XAdES (detached): intact signatures', () => {
  test('without trusted roots: intact-untrusted with the signer details', async () => {
    const result = await verifyXades(pdf, Buffer.from(xades), { trustedRoots: [], now });
    expect(result).toMatchObject({
      format: 'xades',
      status: 'intact-untrusted',
      coversWholeDocument: true,
      chainTrusted: false,
      signingTime: now.toISOString(),
      signer: { subject: 'CN=Marie Martin, O=Fournisseur SARL, C=FR', serialNumber: '02' },
    });
    expect(codes(result)).toEqual(['TRUST_LIST_EMPTY']);
  });

  test('with the CA as trusted root: valid, accepted at deposit; timing measured', async () => {
    const result = await verifyXades(pdf, Buffer.from(xades), { trustedRoots: roots, now });
    expect(result).toMatchObject({ status: 'valid', reasons: [], chainTrusted: true });
    const started = performance.now();
    for (let i = 0; i < 5; i++)
      await verifyXades(pdf, Buffer.from(xades), { trustedRoots: roots, now });
    const perVerification = (performance.now() - started) / 5;
    console.info(`XAdES verification (warm): ${perVerification.toFixed(1)} ms`);
    expect(perVerification).toBeLessThan(500);
    const deposit = await checkDepositFormat('xades', pdf, Buffer.from(xades), {
      trustedRoots: roots,
      now,
    });
    expect(deposit).toMatchObject({
      accepted: true,
      detected: 'xades',
      signature: { status: 'valid' },
    });
  });
});
