import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import {
  Certificate,
  ContentInfo,
  IssuerAndSerialNumber,
  SignedData,
  type SignerInfo,
} from 'pkijs';
import { lastByteRange, pdfShapeProblem } from './pdf-bytes';
import { reason } from './reasons';
import type { Reason, SignatureVerification } from './types';
import { conclude, DEFAULT_MAX_PDF_BYTES, refused, type VerifyOptions } from './verdict';

const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const OID_SIGNING_TIME = '1.2.840.113549.1.9.5';
/** SHA-1 and MD5 are refused: a collision would let another document carry the signature. */
const DIGESTS: Record<string, string> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
/** Real signatures (chain, timestamp) stay far below; a bigger hole only costs parsing time. */
const MAX_SIGNATURE_HEX = 1024 * 1024;

function isHex(byte: number): boolean {
  return (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 70) || (byte >= 97 && byte <= 102);
}

/** The `<hex>` string that fills the hole between the two signed ranges, decoded. */
function signatureHole(pdf: Uint8Array, from: number, to: number): Uint8Array | null {
  if (pdf[from] !== 0x3c || pdf[to - 1] !== 0x3e || to - from - 2 > MAX_SIGNATURE_HEX) return null;
  for (let i = from + 1; i < to - 1; i++) if (!isHex(pdf[i] ?? 0)) return null;
  const hex = Buffer.from(pdf.subarray(from + 1, to - 1)).toString('latin1');
  // Placeholders are padded with zeros after the DER; trailing bytes are ignored by the parser.
  return Buffer.from(hex.length % 2 === 0 ? hex : `${hex}0`, 'hex');
}

function attributeValue(signerInfo: SignerInfo, oid: string): asn1js.AsnType | null {
  const attr = signerInfo.signedAttrs?.attributes.find((a) => a.type === oid);
  return (attr?.values[0] as asn1js.AsnType | undefined) ?? null;
}

function signingTimeOf(signerInfo: SignerInfo): Date | null {
  const value = attributeValue(signerInfo, OID_SIGNING_TIME);
  if (value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime) {
    const date = value.toDate();
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}

const OID_SUBJECT_KEY_IDENTIFIER = '2.5.29.14';

/** The certificate the SignerInfo designates, by issuer and serial or by subject key identifier. */
function signerCertificate(signed: SignedData, signerInfo: SignerInfo): Certificate | null {
  const certs = (signed.certificates ?? []).filter((c) => c instanceof Certificate);
  const sid = signerInfo.sid as unknown;
  if (sid instanceof IssuerAndSerialNumber) {
    return (
      certs.find((c) => c.serialNumber.isEqual(sid.serialNumber) && c.issuer.isEqual(sid.issuer)) ??
      null
    );
  }
  // [0] SubjectKeyIdentifier: compared with the certificate's extension of the same name.
  const block = (sid as { valueBlock?: { valueHexView?: Uint8Array } } | null)?.valueBlock;
  const wanted = block?.valueHexView ? Buffer.from(block.valueHexView) : null;
  if (!wanted || wanted.length === 0) return null;
  return (
    certs.find((c) => {
      const ext = c.extensions?.find((e) => e.extnID === OID_SUBJECT_KEY_IDENTIFIER);
      const parsed = ext ? asn1js.fromBER(ext.extnValue.valueBlock.valueHexView) : null;
      const value = parsed && parsed.offset !== -1 ? parsed.result : null;
      return (
        value instanceof asn1js.OctetString &&
        wanted.equals(Buffer.from(value.valueBlock.valueHexView))
      );
    }) ?? null
  );
}

/**
 * Verifies the latest PAdES signature of a PDF: the CMS over the byte ranges, the coverage of the
 * whole file (an incremental update appended after signing keeps a valid digest and is caught only
 * here), the signer's certificate at the signing time and its chain to the operator's roots.
 */
export async function verifyPades(
  pdf: Uint8Array,
  options: VerifyOptions,
): Promise<SignatureVerification> {
  const shape = pdfShapeProblem(pdf, options.maxPdfBytes ?? DEFAULT_MAX_PDF_BYTES);
  if (shape) return refused('pades', shape.code);
  const range = lastByteRange(pdf);
  if (range === 'none') return refused('pades', 'SIGNATURE_ABSENT', 'absent');
  if (range === 'malformed') return refused('pades', 'PDF_MALFORMED');
  const { start1, length1, start2, length2 } = range;
  if (start1 !== 0 || length1 <= 0 || start2 <= length1 || start2 + length2 > pdf.length) {
    return refused('pades', 'BYTE_RANGE_INCOMPLETE');
  }
  const coversWholeDocument = start2 + length2 === pdf.length;
  const der = signatureHole(pdf, length1, start2);
  if (!der) return refused('pades', 'SIGNATURE_INVALID');

  let signed: SignedData;
  try {
    const parsed = asn1js.fromBER(der);
    if (parsed.offset === -1) return refused('pades', 'SIGNATURE_INVALID');
    const info = new ContentInfo({ schema: parsed.result });
    if (info.contentType !== OID_SIGNED_DATA) return refused('pades', 'SIGNATURE_INVALID');
    signed = new SignedData({ schema: info.content });
  } catch {
    return refused('pades', 'SIGNATURE_INVALID');
  }
  const signerInfo = signed.signerInfos[0];
  // Detached CMS with signed attributes and one signer: anything else is not PAdES.
  if (
    signed.signerInfos.length !== 1 ||
    !signerInfo?.signedAttrs ||
    signed.encapContentInfo.eContent
  ) {
    return refused('pades', 'SIGNATURE_INVALID');
  }
  const signer = signerCertificate(signed, signerInfo);
  if (!signer) return refused('pades', 'SIGNER_CERTIFICATE_MISSING');
  const hash = DIGESTS[signerInfo.digestAlgorithm.algorithmId];
  if (!hash) return refused('pades', 'UNSUPPORTED_ALGORITHM');

  const data = Buffer.concat([pdf.subarray(0, length1), pdf.subarray(start2, start2 + length2)]);
  const integrity: Reason[] = [];
  if (!coversWholeDocument) integrity.push(reason('BYTE_RANGE_INCOMPLETE'));
  const claimed = attributeValue(signerInfo, OID_MESSAGE_DIGEST);
  const actual = createHash(hash).update(data).digest();
  if (
    !(claimed instanceof asn1js.OctetString) ||
    !actual.equals(Buffer.from(claimed.valueBlock.valueHexView))
  ) {
    integrity.push(reason('DIGEST_MISMATCH'));
  } else {
    let ok = false;
    try {
      const result = await signed.verify({
        signer: 0,
        data: data.buffer.slice(data.byteOffset, data.byteOffset + data.length),
        checkChain: false,
        extendedMode: true,
      });
      ok = result.signatureVerified === true;
    } catch {
      ok = false;
    }
    if (!ok) integrity.push(reason('SIGNATURE_INVALID'));
  }
  const others = (signed.certificates ?? []).filter(
    (c): c is Certificate => c instanceof Certificate && c !== signer,
  );
  return conclude(
    'pades',
    integrity,
    coversWholeDocument,
    signer,
    others,
    signingTimeOf(signerInfo),
    options,
  );
}
