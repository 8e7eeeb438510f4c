import { useCallback } from 'react';
import { useI18n, type Lang } from '../i18n/i18n';

// The texts of the directory screens, French first, English throughout.
const fr = {
  'search.title': 'Annuaire des structures publiques',
  'search.lead':
    "Recherchez une structure publique en interrogeant l'annuaire : par identifiant (SIRET), nom, code postal ou ville.",
  'search.q': 'Nom ou identifiant',
  'search.qHint': 'Ex. « Commune de Rouen » ou les premiers chiffres du SIRET',
  'search.postalCode': 'Code postal',
  'search.city': 'Ville',
  'search.submit': 'Rechercher',
  'search.count': '{count} structure(s) trouvée(s)',
  'search.countMax': 'Plus de {count} structures : précisez la recherche',
  'search.none': 'Aucune structure publique active ne correspond.',
  'search.previous': 'Page précédente',
  'search.next': 'Page suivante',
  'search.page': 'Page {page} sur {pages}',
  'search.services': 'Services actifs',
  'search.noServices': 'Aucun service',
  'req.title': 'Une facture à cette structure doit porter :',
  'req.serviceCode': 'un code service',
  'req.legalCommitment': "un numéro d'engagement juridique (bon de commande)",
  'req.either': "un code service ou un numéro d'engagement juridique",
  'req.none': 'ni code service ni engagement juridique obligatoire',
  'req.ejService': 'EJ obligatoire pour ce service',
  'req.paymentReported': 'Le statut de mise en paiement est remonté.',
  'req.paymentNotReported': "Le statut de mise en paiement n'est pas remonté.",
  'structure.backToSearch': "Retour à l'annuaire",
  'structure.identifier': 'Identifiant',
  'structure.address': 'Adresse',
  'structure.contact': 'Contact',
  'structure.inactive': "Cette structure n'est plus active : elle ne reçoit plus de factures.",
  'structure.active': 'Active',
  'structure.services': 'Services',
  'structure.col.code': 'Code',
  'structure.col.name': 'Nom',
  'structure.col.ej': 'Engagement juridique',
  'structure.col.validity': 'Validité',
  'structure.col.status': 'Statut',
  'structure.serviceActive': 'Actif',
  'structure.serviceInactive': 'Inactif',
  'structure.required': 'Obligatoire',
  'structure.optional': 'Facultatif',
  'structure.from': 'depuis le {date}',
  'structure.to': "jusqu'au {date}",
  'structure.edi': 'Réception par EDI',
  'structure.yes': 'Oui',
  'structure.no': 'Non',
  'import.title': "Import de l'annuaire",
  'import.lead':
    "Fichier officiel de l'annuaire (CSV séparé par des points-virgules) et, à côté, le fichier des services. Les structures absentes du nouveau fichier sont désactivées, jamais supprimées.",
  'import.structures': 'Fichier des structures',
  'import.services': 'Fichier des services (facultatif)',
  'import.submit': "Importer l'annuaire",
  'import.status.queued': 'En attente',
  'import.status.running': 'En cours',
  'import.status.done': 'Terminé',
  'import.status.failed': 'Échec',
  'import.progress': '{phase} : {done} / {total}',
  'import.phase.structures': 'Structures',
  'import.phase.services': 'Services',
  'import.summary':
    '{created} créée(s), {updated} mise(s) à jour, {deactivated} désactivée(s) sur {total} ligne(s) valide(s)',
  'import.problems': '{count} ligne(s) refusée(s)',
  'import.col.file': 'Fichier',
  'import.col.line': 'Ligne',
  'import.col.reason': 'Motif',
};

export type DirectoryMessageKey = keyof typeof fr;

const en: Record<DirectoryMessageKey, string> = {
  'search.title': 'Directory of public structures',
  'search.lead':
    'Search for a public structure in the directory: by identifier (SIRET), name, postal code or city.',
  'search.q': 'Name or identifier',
  'search.qHint': 'E.g. "Commune de Rouen" or the first digits of the SIRET',
  'search.postalCode': 'Postal code',
  'search.city': 'City',
  'search.submit': 'Search',
  'search.count': '{count} structure(s) found',
  'search.countMax': 'More than {count} structures: refine the search',
  'search.none': 'No active public structure matches.',
  'search.previous': 'Previous page',
  'search.next': 'Next page',
  'search.page': 'Page {page} of {pages}',
  'search.services': 'Active services',
  'search.noServices': 'No service',
  'req.title': 'An invoice to this structure must carry:',
  'req.serviceCode': 'a service code',
  'req.legalCommitment': 'a legal commitment (purchase order) number',
  'req.either': 'a service code or a legal commitment number',
  'req.none': 'no mandatory service code or legal commitment',
  'req.ejService': 'legal commitment required for this service',
  'req.paymentReported': 'The payment status is reported.',
  'req.paymentNotReported': 'The payment status is not reported.',
  'structure.backToSearch': 'Back to the directory',
  'structure.identifier': 'Identifier',
  'structure.address': 'Address',
  'structure.contact': 'Contact',
  'structure.inactive': 'This structure is no longer active: it no longer receives invoices.',
  'structure.active': 'Active',
  'structure.services': 'Services',
  'structure.col.code': 'Code',
  'structure.col.name': 'Name',
  'structure.col.ej': 'Legal commitment',
  'structure.col.validity': 'Validity',
  'structure.col.status': 'Status',
  'structure.serviceActive': 'Active',
  'structure.serviceInactive': 'Inactive',
  'structure.required': 'Required',
  'structure.optional': 'Optional',
  'structure.from': 'from {date}',
  'structure.to': 'until {date}',
  'structure.edi': 'Receives by EDI',
  'structure.yes': 'Yes',
  'structure.no': 'No',
  'import.title': 'Directory import',
  'import.lead':
    'The official directory file (CSV separated by semicolons) and, alongside, the services file. Structures missing from the new file are deactivated, never deleted.',
  'import.structures': 'Structures file',
  'import.services': 'Services file (optional)',
  'import.submit': 'Import the directory',
  'import.status.queued': 'Queued',
  'import.status.running': 'Running',
  'import.status.done': 'Done',
  'import.status.failed': 'Failed',
  'import.progress': '{phase}: {done} / {total}',
  'import.phase.structures': 'Structures',
  'import.phase.services': 'Services',
  'import.summary':
    '{created} created, {updated} updated, {deactivated} deactivated out of {total} valid line(s)',
  'import.problems': '{count} line(s) refused',
  'import.col.file': 'File',
  'import.col.line': 'Line',
  'import.col.reason': 'Reason',
};

const dictionaries: Record<Lang, Record<DirectoryMessageKey, string>> = { fr, en };

export type DirectoryTranslate = (
  key: DirectoryMessageKey,
  params?: Record<string, string | number>,
) => string;

/** Like `useI18n().t`, for the keys of the directory screens. */
export function useDirectoryI18n(): { dt: DirectoryTranslate; lang: Lang } {
  const { lang } = useI18n();
  const dt = useCallback<DirectoryTranslate>(
    (key, params = {}) =>
      dictionaries[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      ),
    [lang],
  );
  return { dt, lang };
}
