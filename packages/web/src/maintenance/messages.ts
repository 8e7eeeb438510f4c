import { useCallback } from 'react';
import { useI18n, type Lang } from '../i18n/i18n';

// The texts of the maintenance page and of the operator's maintenance screen.
const fr = {
  'page.title': 'Portail en maintenance',
  'page.lead': 'Le portail est momentanément indisponible pour une opération de maintenance.',
  'page.until': 'Retour prévu le {until}.',
  'page.noEnd': 'Le portail rouvrira dès la fin de l’opération.',
  'page.api':
    'Les flux de factures envoyés par l’API continuent d’être reçus : ils sont mis en attente et intégrés à la fin de la maintenance, dans l’ordre d’arrivée.',
  'page.retry': 'Réessayer',
  'page.operatorLogin': 'Connexion des opérateurs de la plateforme',
  'planned.title': 'Maintenance prévue',
  'planned.range': 'Le portail sera en maintenance du {from} au {until}.',
  'planned.from': 'Le portail sera en maintenance à partir du {from}.',
  'banner.title': 'Le portail est en maintenance',
  'banner.body':
    'Les utilisateurs voient la page de maintenance ; vous seul·e (opérateur) utilisez le portail.',
  'banner.manage': 'Gérer la maintenance',
  'admin.title': 'Maintenance',
  'admin.lead':
    'Mettez le portail en maintenance maintenant ou pour une période. Pendant la maintenance, les utilisateurs du portail voient une page de maintenance ; les flux envoyés par l’API sont reçus et intégrés à la fin.',
  'admin.current': 'État actuel',
  'admin.none': 'Aucune maintenance en cours ni prévue.',
  'admin.active': 'En maintenance depuis le {from}.',
  'admin.activeUntil': 'En maintenance depuis le {from}, jusqu’au {until}.',
  'admin.planned': 'Maintenance prévue à partir du {from}.',
  'admin.plannedUntil': 'Maintenance prévue du {from} au {until}.',
  'admin.when': 'Début',
  'admin.now': 'Maintenant',
  'admin.later': 'À une date',
  'admin.from': 'Date et heure de début',
  'admin.until': 'Date et heure de fin (facultatif)',
  'admin.untilHint': 'Sans fin, la maintenance dure jusqu’à ce que vous la terminiez.',
  'admin.messageFr': 'Message aux utilisateurs, en français (facultatif)',
  'admin.messageEn': 'Message aux utilisateurs, en anglais (facultatif)',
  'admin.submit': 'Mettre en maintenance',
  'admin.end': 'Terminer la maintenance',
  'admin.cancel': 'Annuler la maintenance prévue',
  'admin.saved': 'Maintenance enregistrée.',
  'admin.ended': 'Maintenance terminée : le portail est de nouveau ouvert.',
};

export type MaintenanceMessageKey = keyof typeof fr;

const en: Record<MaintenanceMessageKey, string> = {
  'page.title': 'Portal under maintenance',
  'page.lead': 'The portal is temporarily unavailable for maintenance.',
  'page.until': 'Expected back on {until}.',
  'page.noEnd': 'The portal will reopen as soon as the operation ends.',
  'page.api':
    'Invoice fluxes sent through the API keep being received: they are queued and integrated when maintenance ends, in order of arrival.',
  'page.retry': 'Try again',
  'page.operatorLogin': 'Log in for platform operators',
  'planned.title': 'Planned maintenance',
  'planned.range': 'The portal will be under maintenance from {from} to {until}.',
  'planned.from': 'The portal will be under maintenance from {from}.',
  'banner.title': 'The portal is under maintenance',
  'banner.body': 'Users see the maintenance page; only operators like you use the portal.',
  'banner.manage': 'Manage maintenance',
  'admin.title': 'Maintenance',
  'admin.lead':
    'Put the portal in maintenance now or for a period. During maintenance, portal users see a maintenance page; fluxes sent through the API are received and integrated when it ends.',
  'admin.current': 'Current state',
  'admin.none': 'No maintenance active or planned.',
  'admin.active': 'Under maintenance since {from}.',
  'admin.activeUntil': 'Under maintenance since {from}, until {until}.',
  'admin.planned': 'Maintenance planned from {from}.',
  'admin.plannedUntil': 'Maintenance planned from {from} to {until}.',
  'admin.when': 'Start',
  'admin.now': 'Now',
  'admin.later': 'At a date',
  'admin.from': 'Start date and time',
  'admin.until': 'End date and time (optional)',
  'admin.untilHint': 'Without an end, maintenance lasts until you end it.',
  'admin.messageFr': 'Message to users, in French (optional)',
  'admin.messageEn': 'Message to users, in English (optional)',
  'admin.submit': 'Start maintenance',
  'admin.end': 'End maintenance',
  'admin.cancel': 'Cancel the planned maintenance',
  'admin.saved': 'Maintenance saved.',
  'admin.ended': 'Maintenance ended: the portal is open again.',
};

const dictionaries: Record<Lang, Record<MaintenanceMessageKey, string>> = { fr, en };

export type MaintenanceTranslate = (
  key: MaintenanceMessageKey,
  params?: Record<string, string | number>,
) => string;

/** Like `useI18n().t`, for the keys of the maintenance screens. */
export function useMaintenanceI18n(): { mt: MaintenanceTranslate; lang: Lang } {
  const { lang } = useI18n();
  const mt = useCallback<MaintenanceTranslate>(
    (key, params = {}) =>
      dictionaries[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      ),
    [lang],
  );
  return { mt, lang };
}
