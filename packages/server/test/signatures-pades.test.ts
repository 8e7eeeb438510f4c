import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Certificate } from 'pkijs';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../src/config';
import {
  checkDepositFormat,
  loadTrustedRoots,
  parsePemCertificates,
  verifyPades,
  type SignatureVerification,
} from '../src/signatures';
import {
  type Fixtures,
  makeIdentities,
  makePdf,
  signPades,
  signPdfDocument,
  unsignedPdf,
} from './support/signature-fixtures';

const now = new Date();
let ids: Fixtures;
let roots: Certificate[];
let signed: Buffer;
let other: Buffer;

function codes(result: SignatureVerification): string[] {
  return result.reasons.map((r) => r.code);
}

/** The `<hex>` signature hole of a signed fixture, located by its ByteRange. */
function hole(pdf: Buffer): [number, number] {
  const at = pdf.lastIndexOf('/ByteRange');
  const m = /\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)/.exec(
    pdf.subarray(at, at + 100).toString('latin1'),
  );
  return [Number(m?.[2]), Number(m?.[3])];
}

beforeAll(async () => {
  ids = await makeIdentities(now);
  roots = parsePemCertificates(ids.ca.pem);
  [signed, other] = await Promise.all([
    signPades('Facture F-2026-001 — 1 200,00 EUR', ids.signer, now),
    signPades('Facture F-2026-002 — 9 999,00 EUR', ids.signer, now),
  ]);
});

describe('PAdES: refusals first', () => {
  test('a byte changed after signing: DIGEST_MISMATCH, invalid', async () => {
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf('Facture') > 0 ? tampered.indexOf('/Producer') : 20;
    tampered[at + 1] = tampered[at + 1] === 0x51 ? 0x52 : 0x51;
    const result = await verifyPades(tampered, { trustedRoots: roots, now });
    expect(result.status).toBe('invalid');
    expect(codes(result)).toContain('DIGEST_MISMATCH');
  });

  test('an incremental update (a new page) appended after signing: BYTE_RANGE_INCOMPLETE', async () => {
    const update = Buffer.from(
      '\n99 0 obj\n<< /Type /Page /Parent 1 0 R /MediaBox [0 0 595 842] >>\nendobj\n' +
        'xref\n99 1\n0000000000 00000 n \ntrailer\n<< /Size 100 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n',
      'latin1',
    );
    const result = await verifyPades(Buffer.concat([signed, update]), { trustedRoots: roots, now });
    expect(result.status).toBe('invalid');
    expect(result.coversWholeDocument).toBe(false);
    expect(codes(result)).toEqual(['BYTE_RANGE_INCOMPLETE']);
    expect(result.reasons[0]?.message.en).toMatch(/does not cover the whole document/);
    expect(result.reasons[0]?.message.fr).toMatch(/ne couvre pas tout le document/);
  });

  test('a signature copied from another file: DIGEST_MISMATCH', async () => {
    const [from, to] = hole(signed);
    const [oFrom, oTo] = hole(other);
    expect(oTo - oFrom).toBe(to - from);
    const forged = Buffer.concat([
      other.subarray(0, oFrom),
      signed.subarray(from, to),
      other.subarray(oTo),
    ]);
    const result = await verifyPades(forged, { trustedRoots: roots, now });
    expect(result.status).toBe('invalid');
    expect(codes(result)).toContain('DIGEST_MISMATCH');
  });

  test('an expired certificate: CERTIFICATE_EXPIRED, invalid even with its CA trusted', async () => {
    const pdf = await signPades('Facture F-2026-003', ids.expired, now);
    const result = await verifyPades(pdf, { trustedRoots: roots, now });
    expect(result.status).toBe('invalid');
    // The chain cannot be valid at that time either; the signature itself is intact.
    expect(codes(result)).toEqual(['CERTIFICATE_EXPIRED', 'CHAIN_UNTRUSTED']);
    expect(result.signer?.subject).toContain('Ancien Signataire');
  });

  test('a signing time before the certificate: CERTIFICATE_NOT_YET_VALID', async () => {
    const pdf = await signPades(
      'Facture F-2026-004',
      ids.signer,
      new Date(now.getTime() - 90 * 86_400_000),
    );
    const result = await verifyPades(pdf, { trustedRoots: roots, now });
    expect(result.status).toBe('invalid');
    expect(codes(result)).toEqual(['CERTIFICATE_NOT_YET_VALID', 'CHAIN_UNTRUSTED']);
  });

  test('a PDF claimed PAdES without a signature: absent, and the deposit is refused', async () => {
    const pdf = await unsignedPdf('Facture sans signature');
    const result = await verifyPades(pdf, { trustedRoots: roots, now });
    expect(result.status).toBe('absent');
    expect(codes(result)).toEqual(['SIGNATURE_ABSENT']);
    const deposit = await checkDepositFormat('pades', pdf, undefined, { trustedRoots: roots, now });
    expect(deposit).toMatchObject({ accepted: false, detected: 'unsigned' });
    expect(deposit.reasons.map((r) => r.code)).toEqual(['SIGNATURE_ABSENT']);
  });

  test('a signed PDF deposited as unsigned is refused with the right format to choose', async () => {
    const deposit = await checkDepositFormat('unsigned', signed, undefined, {
      trustedRoots: [],
      now,
    });
    expect(deposit).toMatchObject({ accepted: false, detected: 'pades' });
    expect(deposit.reasons.map((r) => r.code)).toEqual(['FORMAT_MISMATCH_SIGNED']);
  });
});

describe('PAdES: intact signatures', () => {
  test('without trusted roots: intact-untrusted, never valid, with the signer details', async () => {
    const result = await verifyPades(signed, { trustedRoots: [], now });
    expect(result).toMatchObject({
      format: 'pades',
      status: 'intact-untrusted',
      coversWholeDocument: true,
      chainTrusted: false,
      signingTime: new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString(),
    });
    expect(codes(result)).toEqual(['TRUST_LIST_EMPTY']);
    expect(result.reasons[0]?.message.en).toBe(
      'Signature intact, signer not verified against a trust list.',
    );
    expect(result.signer).toMatchObject({
      subject: 'CN=Marie Martin, O=Fournisseur SARL, C=FR',
      issuer: 'CN=Chorale Test CA, O=Chorale, C=FR',
      serialNumber: '02',
    });
    // Stored with the invoice as JSON: nothing may be lost on the way.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  test('with a root the chain does not reach: intact-untrusted, CHAIN_UNTRUSTED', async () => {
    const result = await verifyPades(signed, {
      trustedRoots: parsePemCertificates(ids.attacker.pem),
      now,
    });
    expect(result.status).toBe('intact-untrusted');
    expect(codes(result)).toEqual(['CHAIN_UNTRUSTED']);
  });

  test('with the CA as trusted root: valid; the deposit is accepted; timing measured', async () => {
    const result = await verifyPades(signed, { trustedRoots: roots, now });
    expect(result).toMatchObject({
      status: 'valid',
      reasons: [],
      chainTrusted: true,
      coversWholeDocument: true,
    });
    const started = performance.now();
    for (let i = 0; i < 5; i++) await verifyPades(signed, { trustedRoots: roots, now });
    const perVerification = (performance.now() - started) / 5;
    console.info(`PAdES verification (warm): ${perVerification.toFixed(1)} ms`);
    expect(perVerification).toBeLessThan(500);
    const deposit = await checkDepositFormat('pades', signed, undefined, {
      trustedRoots: roots,
      now,
    });
    expect(deposit).toMatchObject({
      accepted: true,
      detected: 'pades',
      signature: { status: 'valid' },
    });
  });

  test('a 5 MB signed PDF verifies in bounded time', async () => {
    const doc = await makePdf('Facture F-2026-005 avec annexes');
    await doc.attach(randomBytes(5 * 1024 * 1024), 'annexe.bin', {
      mimeType: 'application/octet-stream',
    });
    const big = await signPdfDocument(doc, ids.signer, now);
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    let elapsed = Infinity;
    let result = await verifyPades(big, { trustedRoots: roots, now });
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      result = await verifyPades(big, { trustedRoots: roots, now });
      elapsed = Math.min(elapsed, performance.now() - started);
    }
    console.info(
      `PAdES verification of ${(big.length / 1048576).toFixed(1)} MB: ${elapsed.toFixed(1)} ms`,
    );
    expect(result.status).toBe('valid');
    expect(elapsed).toBeLessThan(2_000);
  });

  test('the trust store is read from a folder of PEM files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chorale-roots-'));
    writeFileSync(path.join(dir, 'ca.pem'), ids.ca.pem + '\n' + ids.attacker.pem);
    writeFileSync(path.join(dir, 'README.txt'), 'ignored');
    expect(loadTrustedRoots(dir)).toHaveLength(2);
    expect(loadTrustedRoots(undefined)).toEqual([]);
    writeFileSync(path.join(dir, 'broken.crt'), 'not a certificate');
    expect(() => loadTrustedRoots(dir)).toThrow(/broken\.crt/);
    expect(loadConfig({ TRUSTED_ROOTS_DIR: dir }).trustedRootsDir).toBe(dir);
    expect(() => loadConfig({ TRUSTED_ROOTS_DIR: path.join(dir, 'absent') })).toThrow(
      /TRUSTED_ROOTS_DIR: not a readable folder/,
    );
  });
});
