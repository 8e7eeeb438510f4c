import { useCallback } from 'react';
import { useI18n, type Lang } from '../i18n/i18n';

// The texts of the flux screens (« Dépôt d'un lot de factures », « Suivi des flux »).
const fr = {
  'dep.title': 'Déposer un lot de factures',
  'dep.intro':
    'Déposez des factures structurées produites par votre logiciel : un fichier XML (UBL ou CII), un PDF Factur-X, ou une archive .zip ou .tar.gz de fichiers d’une même syntaxe (500 factures au plus). Chaque dépôt devient un flux, intégré en arrière-plan ; son compte-rendu indique, facture par facture, ce qui a été accepté ou refusé et pourquoi.',
  'dep.structure': 'Structure émettrice',
  'dep.noStructure': 'Aucune de vos structures ne vous donne accès à l’espace « Factures émises ».',
  'dep.syntax': 'Syntaxe du flux',
  'dep.syntax.IN_DP_E1_UBL_INVOICE': 'UBL 2.1 (Invoice ou CreditNote) — IN_DP_E1_UBL_INVOICE',
  'dep.syntax.IN_DP_E1_CII_16B': 'CII D16B (CrossIndustryInvoice) — IN_DP_E1_CII_16B',
  'dep.syntax.IN_DP_E2_CII_FACTURX': 'Factur-X (PDF avec facture CII) — IN_DP_E2_CII_FACTURX',
  'dep.validator': 'Valideur (factures A9/A12)',
  'dep.validatorHint':
    'Facultatif : SIRET de la structure valideur (titulaire ou mandataire) des factures de sous-traitance (A9) ou de cotraitance (A12) du flux, que le fichier ne peut pas indiquer. Sans lui, ces factures sont refusées.',
  'dep.validatorService': 'Service du valideur (facultatif)',
  'dep.file': 'Fichier du flux',
  'dep.fileHint': 'Formats acceptés : .xml, .pdf, .zip, .tar.gz (une seule syntaxe par flux).',
  'dep.drop': 'Glissez-déposez le fichier ici, ou choisissez-le :',
  'dep.dropActive': 'Déposez le fichier pour le sélectionner',
  'dep.chosen': 'Fichier choisi : {name} ({size})',
  'dep.missingFile': 'Choisissez le fichier du flux.',
  'dep.submit': 'Déposer le flux',
  'dep.uploading': 'Envoi du fichier : {pct} %',
  'dep.sent': 'Fichier envoyé : le flux est créé.',
  'list.title': 'Suivi des flux',
  'list.intro': 'Les lots de factures déposés par vos structures, par le portail ou par l’API.',
  'list.new': 'Déposer un lot de factures',
  'list.none': 'Aucun flux déposé.',
  'list.count': '{count} flux',
  'list.more': 'Flux suivants',
  'list.structure': 'Structure',
  'list.all': 'Toutes mes structures',
  'col.number': 'Numéro de flux',
  'col.file': 'Fichier',
  'col.receivedAt': 'Reçu le',
  'col.status': 'Statut',
  'col.counts': 'Factures',
  'col.progress': 'Avancement',
  'counts.text': '{accepted} acceptée(s), {refused} refusée(s) sur {total}',
  'counts.pending': 'en attente de lecture',
  'progress.label': 'Intégration du flux {number} : {processed} facture(s) traitée(s) sur {total}',
  'status.IN_RECU': 'Reçu',
  'status.IN_EN_ATTENTE_TRAITEMENT': 'En attente de traitement',
  'status.IN_EN_COURS_TRAITEMENT': 'En cours de traitement',
  'status.IN_INTEGRE': 'Intégré',
  'status.IN_INTEGRE_PARTIEL': 'Intégré partiellement',
  'status.IN_REJETE': 'Rejeté',
  'status.IN_INCIDENTE': 'En incident',
  'flux.title': 'Flux {number}',
  'flux.back': 'Retour au suivi des flux',
  'flux.summary': 'Résumé',
  'flux.structure': 'Structure',
  'flux.file': 'Fichier',
  'flux.syntax': 'Syntaxe',
  'flux.channel': 'Canal',
  'flux.channel.portal': 'Portail',
  'flux.channel.api': 'API',
  'flux.size': 'Taille',
  'flux.sha256': 'Empreinte SHA-256',
  'flux.depositedBy': 'Déposé par',
  'flux.validator': 'Valideur (factures A9/A12)',
  'flux.receivedAt': 'Reçu le',
  'flux.finishedAt': 'Traitement terminé le',
  'flux.duplicate':
    'Ce fichier a déjà été déposé par votre structure dans le flux {number}. Vérifiez que vous ne déposez pas deux fois les mêmes factures.',
  'flux.refusal': 'Le flux a été rejeté',
  'flux.downloads': 'Télécharger le compte-rendu',
  'flux.pdf': 'Compte-rendu PDF',
  'flux.csv': 'Compte-rendu CSV',
  'flux.json': 'Compte-rendu JSON',
  'flux.invoices': 'Factures du flux',
  'flux.noItems': 'Aucune facture n’a encore été lue dans ce flux.',
  'item.file': 'Fichier',
  'item.number': 'Numéro',
  'item.recipient': 'Destinataire',
  'item.amount': 'Montant TTC',
  'item.result': 'Résultat',
  'item.result.pending': 'En attente',
  'item.result.accepted': 'Acceptée',
  'item.result.refused': 'Refusée',
  'item.open': 'Voir la facture {number}',
  'item.findings': 'Anomalies de la facture {number}',
  'finding.rule': 'Règle',
  'finding.message': 'Message',
  'finding.location': 'Emplacement',
  'finding.value': 'Valeur',
  'finding.severity.fatal': 'Bloquante',
  'finding.severity.warning': 'Avertissement',
};

export type FluxMessageKey = keyof typeof fr;

const en: Record<FluxMessageKey, string> = {
  'dep.title': 'Deposit a batch of invoices',
  'dep.intro':
    'Deposit structured invoices produced by your software: an XML file (UBL or CII), a Factur-X PDF, or a .zip or .tar.gz archive of files of one syntax (at most 500 invoices). Each deposit becomes a flux, integrated in the background; its report tells, invoice by invoice, what was accepted or refused and why.',
  'dep.structure': 'Issuing structure',
  'dep.noStructure': 'None of your structures gives you access to « Issued invoices ».',
  'dep.syntax': 'Flux syntax',
  'dep.syntax.IN_DP_E1_UBL_INVOICE': 'UBL 2.1 (Invoice or CreditNote) — IN_DP_E1_UBL_INVOICE',
  'dep.syntax.IN_DP_E1_CII_16B': 'CII D16B (CrossIndustryInvoice) — IN_DP_E1_CII_16B',
  'dep.syntax.IN_DP_E2_CII_FACTURX': 'Factur-X (PDF with a CII invoice) — IN_DP_E2_CII_FACTURX',
  'dep.validator': 'Validator (A9/A12 invoices)',
  'dep.validatorHint':
    'Optional: SIRET of the validator structure (main contractor or agent) of the subcontracting (A9) or co-contracting (A12) invoices of the flux, which the file cannot give. Without it, these invoices are refused.',
  'dep.validatorService': 'Validator service (optional)',
  'dep.file': 'Flux file',
  'dep.fileHint': 'Accepted formats: .xml, .pdf, .zip, .tar.gz (one syntax per flux).',
  'dep.drop': 'Drag and drop the file here, or choose it:',
  'dep.dropActive': 'Drop the file to select it',
  'dep.chosen': 'Chosen file: {name} ({size})',
  'dep.missingFile': 'Choose the flux file.',
  'dep.submit': 'Deposit the flux',
  'dep.uploading': 'Sending the file: {pct}%',
  'dep.sent': 'File sent: the flux is created.',
  'list.title': 'Flux tracking',
  'list.intro': 'The invoice batches deposited by your structures, through the portal or the API.',
  'list.new': 'Deposit a batch of invoices',
  'list.none': 'No flux deposited.',
  'list.count': '{count} flux(es)',
  'list.more': 'Next fluxes',
  'list.structure': 'Structure',
  'list.all': 'All my structures',
  'col.number': 'Flux number',
  'col.file': 'File',
  'col.receivedAt': 'Received on',
  'col.status': 'Status',
  'col.counts': 'Invoices',
  'col.progress': 'Progress',
  'counts.text': '{accepted} accepted, {refused} refused out of {total}',
  'counts.pending': 'waiting to be read',
  'progress.label': 'Integration of flux {number}: {processed} of {total} invoice(s) processed',
  'status.IN_RECU': 'Received',
  'status.IN_EN_ATTENTE_TRAITEMENT': 'Waiting to be processed',
  'status.IN_EN_COURS_TRAITEMENT': 'Being processed',
  'status.IN_INTEGRE': 'Integrated',
  'status.IN_INTEGRE_PARTIEL': 'Partly integrated',
  'status.IN_REJETE': 'Rejected',
  'status.IN_INCIDENTE': 'Incident',
  'flux.title': 'Flux {number}',
  'flux.back': 'Back to flux tracking',
  'flux.summary': 'Summary',
  'flux.structure': 'Structure',
  'flux.file': 'File',
  'flux.syntax': 'Syntax',
  'flux.channel': 'Channel',
  'flux.channel.portal': 'Portal',
  'flux.channel.api': 'API',
  'flux.size': 'Size',
  'flux.sha256': 'SHA-256 fingerprint',
  'flux.depositedBy': 'Deposited by',
  'flux.validator': 'Validator (A9/A12 invoices)',
  'flux.receivedAt': 'Received on',
  'flux.finishedAt': 'Processing finished on',
  'flux.duplicate':
    'Your structure already deposited this file in flux {number}. Check that you are not depositing the same invoices twice.',
  'flux.refusal': 'The flux was rejected',
  'flux.downloads': 'Download the report',
  'flux.pdf': 'PDF report',
  'flux.csv': 'CSV report',
  'flux.json': 'JSON report',
  'flux.invoices': 'Invoices of the flux',
  'flux.noItems': 'No invoice has been read in this flux yet.',
  'item.file': 'File',
  'item.number': 'Number',
  'item.recipient': 'Recipient',
  'item.amount': 'Total incl. VAT',
  'item.result': 'Result',
  'item.result.pending': 'Pending',
  'item.result.accepted': 'Accepted',
  'item.result.refused': 'Refused',
  'item.open': 'Open invoice {number}',
  'item.findings': 'Findings of invoice {number}',
  'finding.rule': 'Rule',
  'finding.message': 'Message',
  'finding.location': 'Location',
  'finding.value': 'Value',
  'finding.severity.fatal': 'Blocking',
  'finding.severity.warning': 'Warning',
};

const dictionaries: Record<Lang, Record<FluxMessageKey, string>> = { fr, en };

export type FluxTranslate = (
  key: FluxMessageKey,
  params?: Record<string, string | number>,
) => string;

/** Like `useI18n().t`, for the keys of the flux screens. */
export function useFluxI18n(): { ft: FluxTranslate; lang: Lang } {
  const { lang } = useI18n();
  const ft = useCallback<FluxTranslate>(
    (key, params = {}) =>
      dictionaries[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      ),
    [lang],
  );
  return { ft, lang };
}

/** A size in bytes, for people. */
export function formatBytes(bytes: number, lang: Lang): string {
  const units = lang === 'fr' ? ['o', 'ko', 'Mo', 'Go'] : ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit === 0 ? String(value) : value.toFixed(1);
  return `${lang === 'fr' ? shown.replace('.', ',') : shown} ${units[unit]}`;
}
