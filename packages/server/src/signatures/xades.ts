import { createHash, webcrypto } from 'node:crypto';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import type { Certificate } from 'pkijs';
import { SignedXml } from 'xadesjs';
import { parseCertificate } from './certificates';
import { pdfShapeProblem } from './pdf-bytes';
import { reason } from './reasons';
import type { Reason, SignatureVerification } from './types';
import { conclude, DEFAULT_MAX_PDF_BYTES, refused, type VerifyOptions } from './verdict';
import { setupXmlEngine } from './xml-engine';

const DS = 'http://www.w3.org/2000/09/xmldsig#';
const XADES = 'http://uri.etsi.org/01903/v1.3.2#';
const SIGNED_PROPERTIES_TYPE = 'http://uri.etsi.org/01903#SignedProperties';
const MAX_XADES_BYTES = 1024 * 1024;
const MAX_KEYINFO_CERTIFICATES = 10;
const MAX_MARKUP = 5_000;
/** SHA-1 is refused (collisions). */
const DIGESTS: Record<string, string> = {
  'http://www.w3.org/2001/04/xmlenc#sha256': 'sha256',
  'http://www.w3.org/2001/04/xmldsig-more#sha384': 'sha384',
  'http://www.w3.org/2001/04/xmlenc#sha512': 'sha512',
};
const SIGNATURE_METHODS: Record<string, RsaHashedImportParams> = {
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256': {
    name: 'RSASSA-PKCS1-v1_5',
    hash: 'SHA-256',
  },
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha384': {
    name: 'RSASSA-PKCS1-v1_5',
    hash: 'SHA-384',
  },
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512': {
    name: 'RSASSA-PKCS1-v1_5',
    hash: 'SHA-512',
  },
};

class Malformed extends Error {}

function children(parent: XmlElement, ns: string, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    const el = node as XmlElement;
    if (node.nodeType === 1 && el.namespaceURI === ns && el.localName === name) found.push(el);
  }
  return found;
}

function only(parent: XmlElement | undefined, ns: string, name: string): XmlElement {
  const found = parent ? children(parent, ns, name) : [];
  if (found.length !== 1 || !found[0]) throw new Malformed(`${name}: expected exactly one`);
  return found[0];
}

function path(root: XmlElement, steps: [string, string][]): XmlElement {
  return steps.reduce((el, [ns, name]) => only(el, ns, name), root);
}

function text(el: XmlElement): string {
  return (el.textContent ?? '').replace(/\s+/g, '');
}

function idsOf(root: XmlElement, id: string): XmlElement[] {
  const hits: XmlElement[] = [];
  const all = root.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const el = all.item(i);
    if (el && ['Id', 'ID', 'id'].some((a) => el.getAttribute(a) === id)) hits.push(el);
  }
  return hits;
}

function parseXml(bytes: Uint8Array): XmlElement {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new Malformed('not UTF-8');
  }
  // Refused before parsing: no entity can be declared, so none can be expanded or fetched.
  if (/<!DOCTYPE|<!ENTITY/i.test(source)) throw new Malformed('DOCTYPE');
  // A XAdES file has a few dozen elements; capping the markup bounds the parser's work (xmldom
  // takes seconds on 100,000 nested elements).
  let tags = 0;
  for (let i = source.indexOf('<'); i !== -1; i = source.indexOf('<', i + 1)) {
    if (++tags > MAX_MARKUP) throw new Malformed('too many elements');
  }
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Malformed(message);
    },
  }).parseFromString(source, 'application/xml');
  if (!doc.documentElement) throw new Malformed('no root');
  return doc.documentElement;
}

/** The certificate the signed properties name, found among KeyInfo's, by its digest and serial. */
function namedCertificate(signedProperties: XmlElement, keyInfoCerts: Uint8Array[]): number {
  const ssp = only(signedProperties, XADES, 'SignedSignatureProperties');
  const v1 = children(ssp, XADES, 'SigningCertificate');
  const v2 = children(ssp, XADES, 'SigningCertificateV2');
  if (v1.length + v2.length !== 1) throw new Malformed('SigningCertificate');
  const certRef = only(v1[0] ?? v2[0], XADES, 'Cert');
  const digest = only(certRef, XADES, 'CertDigest');
  const alg = DIGESTS[only(digest, DS, 'DigestMethod').getAttribute('Algorithm') ?? ''];
  if (!alg) return -1;
  const expected = text(only(digest, DS, 'DigestValue'));
  const serial = v1.length
    ? text(
        path(certRef, [
          [XADES, 'IssuerSerial'],
          [DS, 'X509SerialNumber'],
        ]),
      )
    : null;
  return keyInfoCerts.findIndex((der) => {
    if (createHash(alg).update(der).digest('base64') !== expected) return false;
    if (serial === null) return true;
    const hex = Buffer.from(parseCertificate(der).serialNumber.valueBlock.valueHexView).toString(
      'hex',
    );
    return BigInt(`0x${hex || '0'}`).toString() === serial;
  });
}

function signingTimeOf(signedProperties: XmlElement): Date | null {
  const ssp = only(signedProperties, XADES, 'SignedSignatureProperties');
  const el = children(ssp, XADES, 'SigningTime')[0];
  const date = el ? new Date(text(el)) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/**
 * Verifies a detached XAdES signature over the PDF's bytes. xadesjs is used only to check the
 * SignedInfo signature, with the key WE chose: left to itself it would accept any certificate of
 * KeyInfo (an attacker's beside the genuine one) and its own signing-certificate lookup can loop.
 */
export async function verifyXades(
  pdf: Uint8Array,
  xades: Uint8Array,
  options: VerifyOptions,
): Promise<SignatureVerification> {
  const shape = pdfShapeProblem(pdf, options.maxPdfBytes ?? DEFAULT_MAX_PDF_BYTES);
  if (shape) return refused('xades', shape.code);
  if (xades.length > MAX_XADES_BYTES) return refused('xades', 'XADES_TOO_LARGE');
  try {
    return await verifyParsed(pdf, xades, options);
  } catch (error) {
    if (error instanceof Malformed || error instanceof Error)
      return refused('xades', 'XADES_MALFORMED');
    throw error;
  }
}

async function verifyParsed(
  pdf: Uint8Array,
  xades: Uint8Array,
  options: VerifyOptions,
): Promise<SignatureVerification> {
  const root = parseXml(xades);
  // Descendants only: the root itself (the usual detached file) is counted apart.
  const nested = root.getElementsByTagNameNS(DS, 'Signature');
  const rootIsSignature = root.namespaceURI === DS && root.localName === 'Signature';
  if (nested.length + (rootIsSignature ? 1 : 0) !== 1) throw new Malformed('one Signature');
  const signature = rootIsSignature ? root : (nested.item(0) as XmlElement);
  const signedInfo = only(signature, DS, 'SignedInfo');
  const method = only(signedInfo, DS, 'SignatureMethod').getAttribute('Algorithm') ?? '';
  const importParams = SIGNATURE_METHODS[method];
  if (!importParams) return refused('xades', 'UNSUPPORTED_ALGORITHM');

  // Exactly two references: the PDF (external, untransformed) and the signed properties.
  const references = children(signedInfo, DS, 'Reference');
  const propsRefs = references.filter((r) => r.getAttribute('Type') === SIGNED_PROPERTIES_TYPE);
  const pdfRefs = references.filter((r) => !(r.getAttribute('URI') ?? '').startsWith('#'));
  const propsRef = propsRefs[0];
  const pdfRef = pdfRefs[0];
  if (
    references.length !== 2 ||
    propsRefs.length !== 1 ||
    pdfRefs.length !== 1 ||
    !propsRef ||
    !pdfRef
  ) {
    return refused('xades', 'XADES_REFERENCES_UNEXPECTED');
  }
  if (!pdfRef.getAttribute('URI') || children(pdfRef, DS, 'Transforms').length > 0) {
    return refused('xades', 'XADES_REFERENCES_UNEXPECTED');
  }
  const propsId = (propsRef.getAttribute('URI') ?? '').slice(1);
  const targets = idsOf(root, propsId);
  const signedProperties = targets[0];
  if (
    targets.length !== 1 ||
    !signedProperties ||
    signedProperties.namespaceURI !== XADES ||
    signedProperties.localName !== 'SignedProperties'
  ) {
    return refused('xades', 'XADES_REFERENCES_UNEXPECTED');
  }

  const pdfHash = DIGESTS[only(pdfRef, DS, 'DigestMethod').getAttribute('Algorithm') ?? ''];
  if (!pdfHash) return refused('xades', 'UNSUPPORTED_ALGORITHM');
  const pdfDigestOk =
    createHash(pdfHash).update(pdf).digest('base64') === text(only(pdfRef, DS, 'DigestValue'));

  const ders = children(only(signature, DS, 'KeyInfo'), DS, 'X509Data').flatMap((data) =>
    children(data, DS, 'X509Certificate').map((el) => Buffer.from(text(el), 'base64')),
  );
  if (ders.length === 0 || ders.length > MAX_KEYINFO_CERTIFICATES) {
    return refused('xades', 'SIGNER_CERTIFICATE_MISSING');
  }
  const index = namedCertificate(signedProperties, ders);
  const signerDer = ders[index];
  if (index < 0 || !signerDer) return refused('xades', 'XADES_SIGNING_CERTIFICATE_MISMATCH');
  const certs: Certificate[] = ders.map((der) => parseCertificate(der));
  const signer = certs[index] as Certificate;

  const integrity: Reason[] = [];
  if (!pdfDigestOk) {
    integrity.push(reason('XADES_REFERENCE_MISMATCH'));
  } else if (!(await signatureVerifies(root, signature, pdf, signerDer, importParams))) {
    integrity.push(reason('SIGNATURE_INVALID'));
  }
  return conclude(
    'xades',
    integrity,
    pdfDigestOk,
    signer,
    certs.filter((c) => c !== signer),
    signingTimeOf(signedProperties),
    options,
  );
}

async function signatureVerifies(
  root: XmlElement,
  signature: XmlElement,
  pdf: Uint8Array,
  signerDer: Uint8Array,
  params: RsaHashedImportParams,
): Promise<boolean> {
  setupXmlEngine();
  try {
    const cert = parseCertificate(signerDer);
    const spki = cert.subjectPublicKeyInfo.toSchema().toBER(false);
    const key = await webcrypto.subtle.importKey('spki', spki, params, true, ['verify']);
    const signed = new SignedXml(root.ownerDocument as unknown as Document);
    signed.LoadXml(signature as unknown as Element);
    // The external reference is the PDF itself; same-document references resolve in the XML.
    (signed as unknown as { contentHandler: unknown }).contentHandler = (ref: { Uri?: string }) =>
      Promise.resolve(ref.Uri && !ref.Uri.startsWith('#') ? pdf : null);
    return await signed.Verify({
      key,
      content: root as unknown as Element,
    });
  } catch {
    return false;
  }
}
