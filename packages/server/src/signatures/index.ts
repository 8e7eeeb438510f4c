import type { AppContext } from '../context';
import { lastByteRange, pdfShapeProblem } from './pdf-bytes';
import { verifyPades } from './pades';
import { reason } from './reasons';
import type { Reason, SignatureVerification } from './types';
import { DEFAULT_MAX_PDF_BYTES, type VerifyOptions } from './verdict';
import { verifyXades } from './xades';

export { loadTrustedRoots, parsePemCertificates } from './certificates';
export { verifyPades } from './pades';
export { verifyXades } from './xades';
export { DEFAULT_MAX_PDF_BYTES, type VerifyOptions } from './verdict';
export type * from './types';

/** The options of a verification inside the portal: the operator's roots and the portal's clock. */
export function verifyOptionsOf(ctx: Pick<AppContext, 'trustedRoots' | 'now'>): VerifyOptions {
  return { trustedRoots: ctx.trustedRoots, now: ctx.now() };
}

export type DepositFormat = 'unsigned' | 'pades' | 'xades';

export interface DepositFormatCheck {
  choice: DepositFormat;
  /** What the files are: a PDF with a PAdES signature, a PDF with a XAdES file beside it, or neither. */
  detected: DepositFormat | null;
  /** Refused deposits give their reasons; an accepted signed deposit may still be 'intact-untrusted'. */
  accepted: boolean;
  reasons: Reason[];
  /** The verification to store with the invoice (null for an unsigned PDF). */
  signature: SignatureVerification | null;
}

/**
 * The deposit's format check: the files are examined and compared with the format the supplier
 * chose. A signed deposit is accepted when its signature is intact ('valid' or 'intact-untrusted');
 * an invalid or missing signature refuses it with the reasons.
 */
export async function checkDepositFormat(
  choice: DepositFormat,
  pdf: Uint8Array,
  xades: Uint8Array | undefined,
  options: VerifyOptions,
): Promise<DepositFormatCheck> {
  const shape = pdfShapeProblem(pdf, options.maxPdfBytes ?? DEFAULT_MAX_PDF_BYTES);
  if (shape) return { choice, detected: null, accepted: false, reasons: [shape], signature: null };
  const hasPades = lastByteRange(pdf) !== 'none';
  const detected: DepositFormat = xades ? 'xades' : hasPades ? 'pades' : 'unsigned';
  if (choice !== 'xades' && xades) {
    return {
      choice,
      detected,
      accepted: false,
      reasons: [reason('FORMAT_MISMATCH_XADES')],
      signature: null,
    };
  }
  if (choice === 'unsigned') {
    if (hasPades) {
      return {
        choice,
        detected,
        accepted: false,
        reasons: [reason('FORMAT_MISMATCH_SIGNED')],
        signature: null,
      };
    }
    return { choice, detected, accepted: true, reasons: [], signature: null };
  }
  if (choice === 'xades' && !xades) {
    return {
      choice,
      detected,
      accepted: false,
      reasons: [reason('XADES_MISSING')],
      signature: null,
    };
  }
  const signature =
    choice === 'xades' && xades
      ? await verifyXades(pdf, xades, options)
      : await verifyPades(pdf, options);
  const accepted = signature.status === 'valid' || signature.status === 'intact-untrusted';
  return { choice, detected, accepted, reasons: signature.reasons, signature };
}
