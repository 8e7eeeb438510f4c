/**
 * French messages for the EN 16931 rules. The official artefacts are in English only; the core rules
 * are translated one by one, the repetitive families (VAT categories, decimals, code lists, syntax
 * bindings) by pattern from the official text, so a supplier reading French sees what to correct.
 */
import { FR_CORE } from './messages-fr-core';
import { FR_SYNTAX, frenchCardinality } from './messages-fr-syntax';

const CATEGORY: Record<string, string> = {
  S: 'Taux normal (S)',
  Z: 'Taux zéro (Z)',
  E: 'Exonéré de TVA (E)',
  AE: 'Autoliquidation (AE)',
  K: 'Livraison intracommunautaire (K)',
  G: 'Exportation hors UE (G)',
  O: 'Non soumis à la TVA (O)',
  L: 'IGIC, Canaries (L)',
  M: 'IPSI, Ceuta et Melilla (M)',
  B: 'Paiement fractionné, Italie (B)',
};

/** The code list each BR-CL rule checks against (EN 16931-3 and the CEN code list file). */
const CODE_LISTS: Record<string, string> = {
  'BR-CL-01': 'type de document, UNTDID 1001',
  'BR-CL-03': 'devise de l’attribut currencyID, ISO 4217',
  'BR-CL-04': 'devise de facturation, ISO 4217',
  'BR-CL-05': 'devise de comptabilisation de la TVA, ISO 4217',
  'BR-CL-06': 'code de date d’exigibilité de la TVA, UNTDID 2005',
  'BR-CL-07': 'type d’identifiant d’objet, UNTDID 1153',
  'BR-CL-08': 'objet de la note, UNTDID 4451',
  'BR-CL-10': 'schéma d’identifiant, ISO 6523 ICD',
  'BR-CL-11': 'schéma d’immatriculation, ISO 6523 ICD',
  'BR-CL-13': 'schéma de classification d’article, UNTDID 7143',
  'BR-CL-14': 'code pays, ISO 3166-1 alpha-2',
  'BR-CL-15': 'code pays, ISO 3166-1 alpha-2',
  'BR-CL-16': 'moyen de paiement, UNTDID 4461',
  'BR-CL-17': 'catégorie de TVA, UNTDID 5305',
  'BR-CL-18': 'catégorie de TVA, UNTDID 5305',
  'BR-CL-19': 'motif de remise, UNTDID 5189',
  'BR-CL-20': 'motif de charge, UNTDID 7161',
  'BR-CL-21': 'schéma d’identifiant d’article, ISO 6523 ICD',
  'BR-CL-22': 'motif d’exonération de TVA, liste VATEX',
  'BR-CL-23': 'unité de mesure, UN/ECE Recommandations 20 et 21',
  'BR-CL-24': 'type MIME des pièces jointes',
  'BR-CL-25': 'schéma d’adresse électronique, liste CEF EAS',
  'BR-CL-26': 'schéma d’identifiant de lieu de livraison, ISO 6523 ICD',
};

const FAMILY_TO_CODE: Record<string, string> = { IC: 'K', AF: 'L', AG: 'M', IG: 'L', IP: 'M' };

/** The VAT category rules repeat the same ten checks for each category (EN 16931-1 §6.4). */
function vatCategoryMessage(family: string, n: number): string | undefined {
  const cat = CATEGORY[FAMILY_TO_CODE[family] ?? family];
  if (!cat) return undefined;
  const code = FAMILY_TO_CODE[family] ?? family;
  const taxed = ['S', 'L', 'M'].includes(code);
  const rate =
    code === 'S'
      ? 'doit être supérieur à zéro'
      : taxed
        ? 'ne doit pas être négatif'
        : 'doit être 0';
  switch (n) {
    case 1:
      return `Une facture dont une ligne, une remise ou une charge de niveau document a la catégorie de TVA « ${cat} » doit avoir exactement un récapitulatif de TVA (BG-23) pour cette catégorie.`;
    case 2:
      return `Une ligne de facture de catégorie « ${cat} » exige le numéro de TVA du vendeur (BT-31) ou de son représentant fiscal (BT-63)${family === 'AE' || family === 'IC' ? ', et l’identifiant TVA ou légal de l’acheteur (BT-48 ou BT-47)' : ''}.`;
    case 3:
      return `Une remise de niveau document de catégorie « ${cat} » exige le numéro de TVA du vendeur (BT-31) ou de son représentant fiscal (BT-63)${family === 'AE' || family === 'IC' ? ', et l’identifiant TVA de l’acheteur (BT-48)' : ''}.`;
    case 4:
      return `Une charge de niveau document de catégorie « ${cat} » exige le numéro de TVA du vendeur (BT-31) ou de son représentant fiscal (BT-63)${family === 'AE' || family === 'IC' ? ', et l’identifiant TVA de l’acheteur (BT-48)' : ''}.`;
    case 5:
      return `Sur une ligne de facture de catégorie « ${cat} », le taux de TVA (BT-152) ${rate}.`;
    case 6:
      return `Sur une remise de niveau document de catégorie « ${cat} », le taux de TVA (BT-96) ${rate}.`;
    case 7:
      return `Sur une charge de niveau document de catégorie « ${cat} », le taux de TVA (BT-103) ${rate}.`;
    case 8:
      return `Dans le récapitulatif de TVA « ${cat} », la base imposable (BT-116) doit être égale à la somme des montants nets des lignes, moins les remises et plus les charges de niveau document de cette catégorie (et de ce taux).`;
    case 9:
      return `Dans le récapitulatif de TVA « ${cat} », le montant de TVA (BT-117) ${taxed ? 'doit valoir la base imposable (BT-116) × le taux (BT-119), arrondi' : 'doit être 0'}.`;
    case 10:
      return `Le récapitulatif de TVA « ${cat} » ${['S', 'Z', 'L', 'M'].includes(code) ? 'ne doit pas porter de motif d’exonération (BT-120, BT-121)' : 'doit porter un motif d’exonération (BT-120) ou son code (BT-121)'}.`;
    case 11:
      return `Une facture de catégorie « ${cat} » doit indiquer la date effective de livraison (BT-72) ou la période de facturation (BG-14).`;
    case 12:
      return `Une facture de catégorie « ${cat} » doit indiquer le pays de livraison (BT-80).`;
    default:
      return undefined;
  }
}

function byPattern(id: string, en: string): string | undefined {
  let m = /^BR-(S|Z|E|AE|IC|G|O|AF|AG|B|IG|IP)-(\d+)$/.exec(id);
  if (m) return vatCategoryMessage(m[1] ?? '', Number(m[2]));
  m = /^The allowed maximum number of decimals for the (.*) \((BT-\d+)\) is 2\.?$/i.exec(en);
  if (m) return `Le montant ${m[2]} (${m[1]}) ne peut pas avoir plus de 2 décimales.`;
  if (id.startsWith('BR-CL-')) {
    const list = CODE_LISTS[id];
    return `Code non reconnu : la valeur n’appartient pas à la liste de codes exigée${list ? ` (${list})` : ''}.`;
  }
  m = /^A UBL invoice should not include (?:the )?(.*?)\.?$/i.exec(en);
  if (m)
    return `Une facture UBL ne devrait pas contenir ${m[1]} (élément non prévu par l’EN 16931).`;
  m = /^(\S+) (?:should not be present|shall not be used|should not be used)\.?$/i.exec(en);
  if (m) return `L’élément ${m[1]} ne devrait pas être présent (non prévu par l’EN 16931 en CII).`;
  const cardinality = frenchCardinality(en);
  if (cardinality) return cardinality;
  if (id.startsWith('UBL-') || id.startsWith('CII-'))
    return `Règle de syntaxe non respectée : ${en}`;
  return undefined;
}

export function frenchMessage(id: string, en: string): string {
  return FR_CORE[id] ?? FR_SYNTAX[id] ?? byPattern(id, en) ?? `Règle ${id} non respectée : ${en}`;
}
