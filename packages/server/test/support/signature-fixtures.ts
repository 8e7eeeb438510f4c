import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import signpdf from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import forge from 'node-forge';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { Application, SignedXml } from 'xadesjs';
import { setupXmlEngine } from '../../src/signatures/xml-engine';

/**
 * Signed fixtures made at test time with self-made certificates: a CA, a supplier signing with a
 * certificate it issued, an expired signer and an attacker with a self-signed certificate.
 */
const ALG = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
} as const;
const DAY = 86_400_000;

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

export interface Identity {
  cert: x509.X509Certificate;
  keys: CryptoKeyPair;
  pem: string;
  p12: Buffer;
}

async function keyPair(): Promise<CryptoKeyPair> {
  return await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify']);
}

async function toP12(
  cert: x509.X509Certificate,
  keys: CryptoKeyPair,
  chain: x509.X509Certificate[],
) {
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  const key = forge.pki.privateKeyFromAsn1(
    forge.asn1.fromDer(Buffer.from(pkcs8).toString('binary')),
  );
  const certs = [cert, ...chain].map((c) => forge.pki.certificateFromPem(c.toString('pem')));
  const asn = forge.pkcs12.toPkcs12Asn1(key, certs, 'test', { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(asn).getBytes(), 'binary');
}

async function issue(
  name: string,
  serial: string,
  issuer: { cert: x509.X509Certificate; keys: CryptoKeyPair } | null,
  notBefore: Date,
  notAfter: Date,
): Promise<Identity> {
  const keys = await keyPair();
  const cert = issuer
    ? await x509.X509CertificateGenerator.create({
        serialNumber: serial,
        subject: name,
        issuer: issuer.cert.subject,
        notBefore,
        notAfter,
        signingAlgorithm: ALG,
        publicKey: keys.publicKey,
        signingKey: issuer.keys.privateKey,
        extensions: [
          new x509.KeyUsagesExtension(
            x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
            true,
          ),
        ],
      })
    : await x509.X509CertificateGenerator.createSelfSigned({
        serialNumber: serial,
        name,
        notBefore,
        notAfter,
        signingAlgorithm: ALG,
        keys,
        extensions: [
          new x509.BasicConstraintsExtension(true, undefined, true),
          new x509.KeyUsagesExtension(
            x509.KeyUsageFlags.keyCertSign |
              x509.KeyUsageFlags.cRLSign |
              x509.KeyUsageFlags.digitalSignature,
            true,
          ),
        ],
      });
  const chain = issuer ? [issuer.cert] : [];
  return { cert, keys, pem: cert.toString('pem'), p12: await toP12(cert, keys, chain) };
}

export interface Fixtures {
  ca: Identity;
  signer: Identity;
  expired: Identity;
  attacker: Identity;
}

export async function makeIdentities(now: Date): Promise<Fixtures> {
  const t = now.getTime();
  const ca = await issue(
    'CN=Chorale Test CA, O=Chorale, C=FR',
    '01',
    null,
    new Date(t - 400 * DAY),
    new Date(t + 3650 * DAY),
  );
  const [signer, expired, attacker] = await Promise.all([
    issue(
      'CN=Marie Martin, O=Fournisseur SARL, C=FR',
      '02',
      ca,
      new Date(t - 30 * DAY),
      new Date(t + 365 * DAY),
    ),
    issue(
      'CN=Ancien Signataire, O=Fournisseur SARL, C=FR',
      '03',
      ca,
      new Date(t - 300 * DAY),
      new Date(t - 10 * DAY),
    ),
    issue(
      'CN=Marie Martin, O=Fournisseur SARL, C=FR',
      '02',
      null,
      new Date(t - 30 * DAY),
      new Date(t + 365 * DAY),
    ),
  ]);
  return { ca, signer, expired, attacker };
}

export async function makePdf(text: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText(text, { x: 50, y: 780, size: 14, font });
  return doc;
}

export async function unsignedPdf(text: string): Promise<Uint8Array> {
  return (await makePdf(text)).save({ useObjectStreams: false });
}

export async function signPdfDocument(
  doc: PDFDocument,
  who: Identity,
  signingTime: Date,
): Promise<Buffer> {
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: 'Facture',
    contactInfo: 'facturation@fournisseur.test',
    name: 'Fournisseur SARL',
    location: 'Paris',
    signatureLength: 8192,
  });
  const bytes = await doc.save({ useObjectStreams: false });
  return signpdf.sign(
    Buffer.from(bytes),
    new P12Signer(who.p12, { passphrase: 'test' }),
    signingTime,
  );
}

export async function signPades(text: string, who: Identity, signingTime: Date): Promise<Buffer> {
  return signPdfDocument(await makePdf(text), who, signingTime);
}

function b64(cert: x509.X509Certificate): string {
  return Buffer.from(cert.rawData).toString('base64');
}

/**
 * A detached XAdES-BES over the PDF bytes. `key` and `keyInfo` let a test forge a signature made
 * with the attacker's key while naming the genuine signer's certificate.
 */
export async function signXades(
  pdf: Uint8Array,
  named: Identity,
  options: { key?: CryptoKey; keyInfo?: x509.X509Certificate[]; signingTime?: Date } = {},
): Promise<string> {
  setupXmlEngine();
  Application.setEngine('NodeJS', webcrypto as unknown as Crypto);
  const signed = new SignedXml();
  const signature = await signed.Sign(
    { name: 'RSASSA-PKCS1-v1_5' },
    options.key ?? named.keys.privateKey,
    new Uint8Array(pdf).buffer,
    {
      references: [{ hash: 'SHA-256', uri: 'facture.pdf' }],
      x509: (options.keyInfo ?? [named.cert]).map(b64),
      signingCertificate: { certificate: b64(named.cert) },
      signingTime: options.signingTime ? { value: options.signingTime } : undefined,
    },
  );
  return signature.toString();
}
