import type { Certificate } from 'pkijs';
import { chainReason, summarise, validityReasons } from './certificates';
import { reason } from './reasons';
import type { Reason, ReasonCode, SignatureFormat, SignatureVerification } from './types';

export interface VerifyOptions {
  /** The operator's roots (see `loadTrustedRoots`); empty means no signature can be 'valid'. */
  trustedRoots: readonly Certificate[];
  /** Used when the signature carries no signing time. */
  now: Date;
  /** Refuse larger PDFs; 10 MB by default. */
  maxPdfBytes?: number;
}

export const DEFAULT_MAX_PDF_BYTES = 10 * 1024 * 1024;

/** Reasons that are informative only: the signature stays intact with them. */
const TRUST_CODES: ReasonCode[] = ['TRUST_LIST_EMPTY', 'CHAIN_UNTRUSTED'];

export function refused(
  format: SignatureFormat,
  code: ReasonCode,
  status: 'invalid' | 'absent' = 'invalid',
): SignatureVerification {
  return {
    format,
    status,
    reasons: [reason(code)],
    signer: null,
    signingTime: null,
    coversWholeDocument: false,
    chainTrusted: false,
  };
}

/**
 * Common end of both verifications once the cryptography is settled: certificate validity at the
 * signing time, chain to the operator's roots, and the status that follows.
 */
export async function conclude(
  format: SignatureFormat,
  integrity: Reason[],
  coversWholeDocument: boolean,
  signer: Certificate,
  intermediates: Certificate[],
  signingTime: Date | null,
  options: VerifyOptions,
): Promise<SignatureVerification> {
  const at = signingTime ?? options.now;
  const reasons = [...integrity, ...validityReasons(signer, at)];
  const chain = await chainReason(signer, intermediates, options.trustedRoots, at);
  if (chain.reason) reasons.push(chain.reason);
  const broken = reasons.some((r) => !TRUST_CODES.includes(r.code));
  return {
    format,
    status: broken ? 'invalid' : chain.trusted ? 'valid' : 'intact-untrusted',
    reasons,
    signer: summarise(signer),
    signingTime: signingTime ? signingTime.toISOString() : null,
    coversWholeDocument,
    chainTrusted: chain.trusted,
  };
}
