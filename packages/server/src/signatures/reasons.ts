import type { Localized } from '../i18n/lang';
import type { Reason, ReasonCode } from './types';

/** Messages written for a supplier: what is wrong and, when there is one, what to do. */
const MESSAGES: Record<ReasonCode, Localized> = {
  SIGNATURE_ABSENT: {
    fr: 'Le PDF ne contient aucune signature électronique.',
    en: 'The PDF holds no electronic signature.',
  },
  SIGNATURE_INVALID: {
    fr: 'La signature ne correspond pas au document ou à son certificat : elle est invalide.',
    en: 'The signature does not match the document or its certificate: it is invalid.',
  },
  BYTE_RANGE_INCOMPLETE: {
    fr: 'La signature ne couvre pas tout le document : des données ont été ajoutées ou laissées hors de la signature.',
    en: 'The signature does not cover the whole document: data was added or left outside the signature.',
  },
  DIGEST_MISMATCH: {
    fr: 'Le document a été modifié après sa signature (l’empreinte ne correspond plus).',
    en: 'The document was changed after it was signed (its digest no longer matches).',
  },
  UNSUPPORTED_ALGORITHM: {
    fr: 'La signature utilise un algorithme refusé ou non pris en charge (SHA-256 ou plus est requis).',
    en: 'The signature uses a refused or unsupported algorithm (SHA-256 or stronger is required).',
  },
  CERTIFICATE_EXPIRED: {
    fr: 'Le certificat du signataire était expiré à la date de signature.',
    en: 'The signer’s certificate had expired at the signing time.',
  },
  CERTIFICATE_NOT_YET_VALID: {
    fr: 'Le certificat du signataire n’était pas encore valide à la date de signature.',
    en: 'The signer’s certificate was not yet valid at the signing time.',
  },
  SIGNER_CERTIFICATE_MISSING: {
    fr: 'La signature ne contient pas le certificat du signataire.',
    en: 'The signature does not contain the signer’s certificate.',
  },
  CHAIN_UNTRUSTED: {
    fr: 'Signature intacte, mais le certificat du signataire ne mène à aucune autorité de la liste de confiance.',
    en: 'Signature intact, but the signer’s certificate does not lead to any authority of the trust list.',
  },
  TRUST_LIST_EMPTY: {
    fr: 'Signature intacte, signataire non vérifié auprès d’une liste de confiance.',
    en: 'Signature intact, signer not verified against a trust list.',
  },
  XADES_REFERENCE_MISMATCH: {
    fr: 'Le fichier de signature XAdES ne signe pas ce PDF (l’empreinte du PDF ne correspond pas).',
    en: 'The XAdES signature file does not sign this PDF (the PDF digest does not match).',
  },
  XADES_REFERENCES_UNEXPECTED: {
    fr: 'Le fichier XAdES doit signer exactement le PDF et ses propriétés signées, rien d’autre.',
    en: 'The XAdES file must sign exactly the PDF and its signed properties, nothing else.',
  },
  XADES_SIGNING_CERTIFICATE_MISMATCH: {
    fr: 'Le certificat du signataire ne correspond pas à celui désigné dans les propriétés signées XAdES.',
    en: 'The signer’s certificate does not match the one named in the XAdES signed properties.',
  },
  XADES_MALFORMED: {
    fr: 'Le fichier de signature XAdES est illisible ou mal formé (les déclarations DOCTYPE sont refusées).',
    en: 'The XAdES signature file is unreadable or malformed (DOCTYPE declarations are refused).',
  },
  XADES_MISSING: {
    fr: 'Le fichier de signature XAdES doit être déposé avec le PDF.',
    en: 'The XAdES signature file must be uploaded with the PDF.',
  },
  XADES_TOO_LARGE: {
    fr: 'Le fichier de signature XAdES est trop volumineux.',
    en: 'The XAdES signature file is too large.',
  },
  PDF_MALFORMED: {
    fr: 'Le fichier n’est pas un PDF lisible.',
    en: 'The file is not a readable PDF.',
  },
  PDF_TOO_LARGE: {
    fr: 'Le PDF dépasse la taille maximale autorisée.',
    en: 'The PDF exceeds the maximum size allowed.',
  },
  FORMAT_MISMATCH_SIGNED: {
    fr: 'Ce PDF contient une signature PAdES : choisissez le format « PDF signé (signature PAdES) ».',
    en: 'This PDF holds a PAdES signature: choose the format “signed PDF (PAdES signature)”.',
  },
  FORMAT_MISMATCH_XADES: {
    fr: 'Un fichier de signature XAdES a été joint : choisissez le format « PDF signé (signature XAdES) ».',
    en: 'A XAdES signature file was attached: choose the format “signed PDF (XAdES signature)”.',
  },
};

export function reason(code: ReasonCode): Reason {
  return { code, message: MESSAGES[code] };
}
