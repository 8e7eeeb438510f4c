import type { Localized } from '../i18n/lang';

/**
 * What a verification concludes. 'valid' only when the signature is intact, the certificate was
 * valid at the signing time AND its chain reaches a root the operator trusts; without that trust a
 * sound signature is 'intact-untrusted', never 'valid'.
 */
export type SignatureStatus = 'valid' | 'intact-untrusted' | 'invalid' | 'absent';

export type SignatureFormat = 'pades' | 'xades';

export type ReasonCode =
  | 'SIGNATURE_ABSENT'
  | 'SIGNATURE_INVALID'
  | 'BYTE_RANGE_INCOMPLETE'
  | 'DIGEST_MISMATCH'
  | 'UNSUPPORTED_ALGORITHM'
  | 'CERTIFICATE_EXPIRED'
  | 'CERTIFICATE_NOT_YET_VALID'
  | 'SIGNER_CERTIFICATE_MISSING'
  | 'CHAIN_UNTRUSTED'
  | 'TRUST_LIST_EMPTY'
  | 'XADES_REFERENCE_MISMATCH'
  | 'XADES_REFERENCES_UNEXPECTED'
  | 'XADES_SIGNING_CERTIFICATE_MISMATCH'
  | 'XADES_MALFORMED'
  | 'XADES_MISSING'
  | 'XADES_TOO_LARGE'
  | 'PDF_MALFORMED'
  | 'PDF_TOO_LARGE'
  | 'FORMAT_MISMATCH_SIGNED'
  | 'FORMAT_MISMATCH_XADES';

export interface Reason {
  code: ReasonCode;
  message: Localized;
}

export interface SignerSummary {
  subject: string;
  issuer: string;
  /** Hexadecimal, as printed by certificate viewers. */
  serialNumber: string;
  notBefore: string;
  notAfter: string;
}

/** Plain JSON (dates as ISO strings) so the invoice can store it as it is. */
export interface SignatureVerification {
  format: SignatureFormat;
  status: SignatureStatus;
  reasons: Reason[];
  signer: SignerSummary | null;
  /** The signing time the signer claims (no timestamp token is checked). */
  signingTime: string | null;
  /** PAdES: the signed byte ranges cover the whole file but the signature itself. XAdES: the reference digest matches the PDF bytes. */
  coversWholeDocument: boolean;
  chainTrusted: boolean;
}
