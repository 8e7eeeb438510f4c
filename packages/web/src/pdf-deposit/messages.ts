import { useCallback } from 'react';
import { useI18n, type Lang } from '../i18n/i18n';

// The texts of « Dépôt d'une facture » as a PDF and of a deposited invoice's main document.
const fr = {
  'dep.title': 'Déposer une facture PDF',
  'dep.intro':
    'Chargez la facture produite par votre outil : Chorale crée une facture pré-remplie à partir des informations reconnues. Vérifiez-les, complétez, puis enregistrez ou envoyez.',
  'dep.supplier': 'Structure émettrice',
  'dep.format': 'Format de dépôt',
  'dep.format.PDF_NON_SIGNE': 'PDF non signé',
  'dep.format.PDF_SIGNE_PADES': 'PDF signé (signature PAdES)',
  'dep.format.PDF_SIGNE_XADES': 'PDF signé (signature XAdES)',
  'dep.format.hint.PDF_SIGNE_PADES': 'La signature est contenue dans le PDF.',
  'dep.format.hint.PDF_SIGNE_XADES': 'Le PDF et son fichier de signature XAdES détaché, ensemble.',
  'dep.pdf': 'Facture au format PDF',
  'dep.pdf.hint': 'Un seul fichier PDF, 10 Mo au plus.',
  'dep.xades': 'Fichier de signature XAdES',
  'dep.xades.hint': 'Le fichier XML de la signature détachée de ce PDF, 1 Mo au plus.',
  'dep.submit': 'Déposer et reconnaître',
  'dep.uploading': 'Envoi du fichier : {pct} %',
  'dep.reading': 'Fichier reçu : vérification et reconnaissance en cours…',
  'dep.missingPdf': 'Choisissez le fichier PDF de la facture.',
  'dep.missingXades': 'Choisissez le fichier de signature XAdES.',
  'dep.recognizing': 'Reconnaissance du texte en cours (document numérisé) : {pct} %',
  'dep.recognizingStart': 'Document numérisé : reconnaissance optique du texte en cours…',
  'dep.failed': 'La reconnaissance a échoué',
  'dep.ready': 'Facture pré-remplie à partir de {file} ({method}). Vérifiez les champs reconnus.',
  'dep.method.facturx': 'données XML Factur-X intégrées',
  'dep.method.text': 'texte du PDF',
  'dep.method.ocr': 'reconnaissance optique des caractères',
  'dep.preview': 'Aperçu du PDF déposé',
  'dep.previewTitle': 'Aperçu de {file}',
  'dep.open': 'Ouvrir le PDF dans un nouvel onglet',
  'dep.findings': 'Contrôles des données Factur-X intégrées',
  'dep.amounts': 'Montants lus sur le PDF',
  'dep.amounts.calc': 'Calculé',
  'dep.amounts.read': 'Lu sur le PDF',
  'dep.amounts.differ': 'Les montants calculés à partir des lignes diffèrent de ceux du PDF.',
  'dep.recognized': 'Reconnu ({pct}\u00a0%) — à vérifier',
  'dep.recognizedLow': 'Reconnu ({pct}\u00a0%) — peu sûr, à vérifier',
  'dep.fromXml': 'Lu dans les données Factur-X du PDF — à vérifier',
  'dep.match': 'Destinataire trouvé dans l’annuaire : {name} ({id}).',
  'dep.match.siret':
    'Destinataire trouvé dans l’annuaire d’après le SIRET imprimé : {name} ({id}).',
  'dep.match.siren':
    'Destinataire trouvé dans l’annuaire d’après le SIREN imprimé : {name} ({id}). Vérifiez l’établissement.',
  'dep.match.name':
    'Destinataire trouvé dans l’annuaire d’après son nom : {name} ({id}). Vérifiez-le.',
  'dep.allChecked': 'J’ai vérifié les champs reconnus',
  'dep.toCheck': '{count} champ(s) reconnu(s) à vérifier, surligné(s) ci-dessous.',
  'dep.send': 'Valider et envoyer',
  'dep.already': 'Une facture a déjà été créée à partir de ce dépôt.',
  'dep.seeInvoice': 'Voir la facture',
  'dep.restart': 'Déposer un autre PDF',
  'sig.title': 'Vérification de la signature',
  'sig.status.valid': 'Signature valide',
  'sig.status.intact-untrusted':
    'Signature intacte, signataire non vérifié auprès d’une liste de confiance',
  'sig.status.invalid': 'Signature invalide',
  'sig.status.absent': 'Aucune signature',
  'sig.format': 'Format',
  'sig.signer': 'Signataire',
  'sig.issuer': 'Émetteur du certificat',
  'sig.validity': 'Validité du certificat',
  'sig.validityRange': 'du {from} au {to}',
  'sig.serial': 'Numéro de série',
  'sig.signingTime': 'Date de signature',
  'sig.signingTimeNone': 'non indiquée',
  'sig.coverage': 'Couverture',
  'sig.coverage.whole': 'La signature couvre tout le document.',
  'sig.coverage.partial': 'La signature ne couvre pas tout le document.',
  'sig.trust': 'Liste de confiance',
  'sig.trust.yes': 'La chaîne de certificats mène à une autorité de confiance.',
  'sig.trust.no': 'Signataire non vérifié auprès d’une liste de confiance.',
  'sig.reasons': 'Détails',
  'src.title': 'Document principal',
  'src.download': 'Document principal : {file}',
  'src.sha': 'SHA-256',
  'src.mode': 'Mode de dépôt',
  'mode.SAISIE_PORTAIL': 'Saisie sur le portail',
  'mode.DEPOT_PDF_PORTAIL': 'Dépôt PDF sur le portail',
  'mode.DEPOT_PDF_SIGNE_PORTAIL': 'Dépôt PDF signé sur le portail',
  'mode.DEPOT_PDF_API': 'Dépôt PDF par l’API',
  'mode.DEPOT_PDF_SIGNE_API': 'Dépôt PDF signé par l’API',
};

const en: Record<keyof typeof fr, string> = {
  'dep.title': 'Deposit a PDF invoice',
  'dep.intro':
    'Upload the invoice your tool produced: Chorale creates a pre-filled invoice from the information it recognises. Check it, complete it, then save or send.',
  'dep.supplier': 'Issuing structure',
  'dep.format': 'Deposit format',
  'dep.format.PDF_NON_SIGNE': 'Unsigned PDF',
  'dep.format.PDF_SIGNE_PADES': 'Signed PDF (PAdES signature)',
  'dep.format.PDF_SIGNE_XADES': 'Signed PDF (XAdES signature)',
  'dep.format.hint.PDF_SIGNE_PADES': 'The signature is inside the PDF.',
  'dep.format.hint.PDF_SIGNE_XADES': 'The PDF and its detached XAdES signature file, together.',
  'dep.pdf': 'Invoice as a PDF',
  'dep.pdf.hint': 'One PDF file, 10 MB at most.',
  'dep.xades': 'XAdES signature file',
  'dep.xades.hint': 'The XML file of this PDF’s detached signature, 1 MB at most.',
  'dep.submit': 'Upload and recognise',
  'dep.uploading': 'Uploading: {pct}%',
  'dep.reading': 'File received: checking and recognition in progress…',
  'dep.missingPdf': 'Choose the invoice’s PDF file.',
  'dep.missingXades': 'Choose the XAdES signature file.',
  'dep.recognizing': 'Reading the text (scanned document): {pct}%',
  'dep.recognizingStart': 'Scanned document: optical character recognition in progress…',
  'dep.failed': 'Recognition failed',
  'dep.ready': 'Invoice pre-filled from {file} ({method}). Check the recognised fields.',
  'dep.method.facturx': 'embedded Factur-X XML',
  'dep.method.text': 'PDF text',
  'dep.method.ocr': 'optical character recognition',
  'dep.preview': 'Preview of the deposited PDF',
  'dep.previewTitle': 'Preview of {file}',
  'dep.open': 'Open the PDF in a new tab',
  'dep.findings': 'Checks of the embedded Factur-X data',
  'dep.amounts': 'Amounts read on the PDF',
  'dep.amounts.calc': 'Computed',
  'dep.amounts.read': 'Read on the PDF',
  'dep.amounts.differ': 'The amounts computed from the lines differ from the PDF’s.',
  'dep.recognized': 'Recognised ({pct}%) — to check',
  'dep.recognizedLow': 'Recognised ({pct}%) — uncertain, check it',
  'dep.fromXml': 'Read from the PDF’s Factur-X data — to check',
  'dep.match': 'Recipient found in the directory: {name} ({id}).',
  'dep.match.siret': 'Recipient found in the directory by the printed SIRET: {name} ({id}).',
  'dep.match.siren':
    'Recipient found in the directory by the printed SIREN: {name} ({id}). Check the establishment.',
  'dep.match.name': 'Recipient found in the directory by its name: {name} ({id}). Check it.',
  'dep.allChecked': 'I have checked the recognised fields',
  'dep.toCheck': '{count} recognised field(s) to check, highlighted below.',
  'dep.send': 'Validate and send',
  'dep.already': 'An invoice was already created from this deposit.',
  'dep.seeInvoice': 'See the invoice',
  'dep.restart': 'Deposit another PDF',
  'sig.title': 'Signature verification',
  'sig.status.valid': 'Valid signature',
  'sig.status.intact-untrusted': 'Signature intact, signer not verified against a trust list',
  'sig.status.invalid': 'Invalid signature',
  'sig.status.absent': 'No signature',
  'sig.format': 'Format',
  'sig.signer': 'Signer',
  'sig.issuer': 'Certificate issuer',
  'sig.validity': 'Certificate validity',
  'sig.validityRange': 'from {from} to {to}',
  'sig.serial': 'Serial number',
  'sig.signingTime': 'Signing time',
  'sig.signingTimeNone': 'not given',
  'sig.coverage': 'Coverage',
  'sig.coverage.whole': 'The signature covers the whole document.',
  'sig.coverage.partial': 'The signature does not cover the whole document.',
  'sig.trust': 'Trust list',
  'sig.trust.yes': 'The certificate chain leads to a trusted authority.',
  'sig.trust.no': 'Signer not verified against a trust list.',
  'sig.reasons': 'Details',
  'src.title': 'Main document',
  'src.download': 'Main document: {file}',
  'src.sha': 'SHA-256',
  'src.mode': 'Deposit mode',
  'mode.SAISIE_PORTAIL': 'Typed on the portal',
  'mode.DEPOT_PDF_PORTAIL': 'PDF deposited on the portal',
  'mode.DEPOT_PDF_SIGNE_PORTAIL': 'Signed PDF deposited on the portal',
  'mode.DEPOT_PDF_API': 'PDF deposited through the API',
  'mode.DEPOT_PDF_SIGNE_API': 'Signed PDF deposited through the API',
};

export type DepositMessageKey = keyof typeof fr;
const dictionaries: Record<Lang, Record<DepositMessageKey, string>> = { fr, en };

export type DepositTranslate = (
  key: DepositMessageKey,
  params?: Record<string, string | number>,
) => string;

/** Like `useI18n().t`, for the keys of this area. */
export function useDepositI18n(): { dt: DepositTranslate; lang: Lang } {
  const { lang } = useI18n();
  const dt = useCallback<DepositTranslate>(
    (key, params = {}) =>
      dictionaries[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      ),
    [lang],
  );
  return { dt, lang };
}

/** A deposit mode code (Chorus Pro's modeDepot) with its label; unknown codes as they are. */
export function depositModeLabel(dt: DepositTranslate, mode: string): string {
  const key = `mode.${mode}` as DepositMessageKey;
  return key in fr ? dt(key) : mode;
}
