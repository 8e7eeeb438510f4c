import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as asn1js from 'asn1js';
import {
  Certificate,
  CertificateChainValidationEngine,
  type RelativeDistinguishedNames,
} from 'pkijs';
import { reason } from './reasons';
import type { Reason, SignerSummary } from './types';

const NAME_LABELS: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.97': 'organizationIdentifier',
  '1.2.840.113549.1.9.1': 'E',
};

function nameToString(name: RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map((tv) => {
      const label = NAME_LABELS[tv.type] ?? tv.type;
      const block = tv.value.valueBlock as { value?: unknown };
      return `${label}=${typeof block.value === 'string' ? block.value : '?'}`;
    })
    .join(', ');
}

export function serialHex(cert: Certificate): string {
  return Buffer.from(cert.serialNumber.valueBlock.valueHexView).toString('hex').toUpperCase();
}

export function summarise(cert: Certificate): SignerSummary {
  return {
    subject: nameToString(cert.subject),
    issuer: nameToString(cert.issuer),
    serialNumber: serialHex(cert),
    notBefore: cert.notBefore.value.toISOString(),
    notAfter: cert.notAfter.value.toISOString(),
  };
}

export function parseCertificate(der: Uint8Array): Certificate {
  const copy = der.slice();
  const parsed = asn1js.fromBER(copy);
  if (parsed.offset === -1) throw new Error('certificate: not DER');
  return new Certificate({ schema: parsed.result });
}

/** Validity of the certificate at the moment the signer claims to have signed. */
export function validityReasons(cert: Certificate, at: Date): Reason[] {
  if (at.getTime() < cert.notBefore.value.getTime()) return [reason('CERTIFICATE_NOT_YET_VALID')];
  if (at.getTime() > cert.notAfter.value.getTime()) return [reason('CERTIFICATE_EXPIRED')];
  return [];
}

/**
 * Does the signer's chain reach one of the operator's roots, at the signing time? Intermediates
 * come from the signature itself. Revocation (CRL/OCSP) is not checked: that needs the network.
 */
export async function chainReason(
  signer: Certificate,
  intermediates: Certificate[],
  trustedRoots: readonly Certificate[],
  at: Date,
): Promise<{ trusted: boolean; reason: Reason | null }> {
  if (trustedRoots.length === 0) return { trusted: false, reason: reason('TRUST_LIST_EMPTY') };
  try {
    const engine = new CertificateChainValidationEngine({
      trustedCerts: [...trustedRoots],
      certs: [signer, ...intermediates.filter((c) => c !== signer)],
      checkDate: at,
    });
    const result = await engine.verify();
    if (result.result) return { trusted: true, reason: null };
  } catch {
    // A malformed chain is simply not trusted.
  }
  return { trusted: false, reason: reason('CHAIN_UNTRUSTED') };
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+?)-----END CERTIFICATE-----/g;

/** Every certificate of a PEM text (several may follow each other). */
export function parsePemCertificates(pem: string): Certificate[] {
  const certs: Certificate[] = [];
  for (const match of pem.matchAll(PEM_BLOCK)) {
    certs.push(parseCertificate(Buffer.from((match[1] ?? '').replace(/\s+/g, ''), 'base64')));
  }
  return certs;
}

/**
 * The operator's trust store: every `.pem`/`.crt`/`.cer` file of a folder (PEM text, possibly
 * several certificates per file). Read once at start-up; an unreadable file stops the start with
 * its name rather than silently trusting less.
 */
export function loadTrustedRoots(dir: string | undefined): Certificate[] {
  if (!dir) return [];
  const roots: Certificate[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!/\.(pem|crt|cer)$/i.test(file)) continue;
    const full = path.join(dir, file);
    let certs: Certificate[];
    try {
      certs = parsePemCertificates(readFileSync(full, 'utf8'));
    } catch (error) {
      throw new Error(`TRUSTED_ROOTS_DIR: cannot read certificate file ${full}: ${String(error)}`);
    }
    if (certs.length === 0) throw new Error(`TRUSTED_ROOTS_DIR: no PEM certificate in ${full}`);
    roots.push(...certs);
  }
  return roots;
}
