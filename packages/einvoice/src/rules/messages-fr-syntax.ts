/** French wording of the syntax binding rules (UBL-SR/DT/CR, CII-SR/DT) that are not "should not be present". */
export const FR_SYNTAX: Record<string, string> = {
  'UBL-SR-07': 'Une référence à une facture antérieure doit indiquer le numéro de cette facture.',
  'UBL-SR-42':
    'Le vendeur ne peut avoir au plus que deux enregistrements fiscaux (PartyTaxScheme).',
  'UBL-SR-43':
    'Un identifiant de schéma n’est permis que pour l’objet facturé (document de type 130 ou 50).',
  'UBL-SR-44':
    'Une facture ne peut avoir qu’une seule référence de paiement (PaymentID), même répétée dans plusieurs moyens de paiement.',
  'UBL-SR-47': 'Lorsque plusieurs moyens de paiement sont indiqués, leur code doit être le même.',
  'UBL-SR-48':
    'Chaque ligne de facture doit avoir une et une seule catégorie de TVA (ClassifiedTaxCategory).',
  'UBL-SR-51': 'Une adresse ne peut avoir qu’une seule troisième ligne.',
  'UBL-SR-53':
    'Le numéro de TVA (CompanyID) doit être indiqué lorsque PartyTaxScheme/TaxScheme/ID l’est.',
  'UBL-SR-54': 'Une facture ne peut contenir qu’une seule carte de paiement (BG-18).',
  'UBL-SR-55': 'Une facture ne peut contenir qu’un seul mandat de prélèvement (BG-19).',
  'UBL-SR-56': 'Une facture ne peut contenir qu’une seule référence de document d’origine (BT-17).',
  'UBL-DT-01': 'Les montants ne peuvent pas avoir plus de deux décimales.',
  'UBL-DT-06': 'Une pièce jointe intégrée doit indiquer son type MIME (attribut mimeCode).',
  'UBL-DT-07': 'Une pièce jointe intégrée doit indiquer son nom de fichier (attribut filename).',
  'UBL-CR-666':
    'Une référence de document ne peut pas désigner à la fois l’objet facturé et une pièce jointe.',
  'UBL-CR-673':
    'Une référence de document ne peut pas désigner à la fois l’objet facturé et porter une description de document.',
  'CII-SR-046': 'L’attribut schemeID doit être indiqué avec un identifiant global (GlobalID).',
  'CII-SR-461': 'La date d’exigibilité de la TVA (TaxPointDate) ne peut figurer qu’une fois.',
  'CII-SR-462':
    'Le code de date d’exigibilité de la TVA (DueDateTypeCode) ne peut avoir qu’une seule valeur.',
  'CII-SR-463':
    'Chaque remise ou charge (BG-20, BG-21) doit indiquer s’il s’agit d’une charge (ChargeIndicator).',
  'CII-SR-470':
    'Le compte de paiement (BT-84) doit être donné soit par l’IBAN, soit par un identifiant propriétaire, pas les deux.',
  'CII-SR-467': 'Tous les moyens de paiement doivent avoir le même code de type (BT-81).',
  'CII-SR-468': 'Tous les moyens de paiement doivent avoir le même libellé (BT-82).',
  'CII-SR-469': 'La référence de paiement (BT-83) ne peut figurer qu’une fois dans le document.',
  'CII-DT-037': 'Le code de type de taxe (TypeCode) doit être « VAT ».',
  'CII-DT-097': 'Une date au format 102 doit s’écrire AAAAMMJJ (par exemple 20261127).',
  'CII-SR-471':
    'Chaque remise ou charge (BG-20, BG-21) doit indiquer son code de catégorie de TVA (BT-95).',
  'CII-SR-472': 'Chaque remise ou charge (BG-20, BG-21) devrait indiquer son taux de TVA (BT-96).',
};

/** "X shall occur maximum once", "X must exist exactly once" and the like. */
export function frenchCardinality(en: string): string | undefined {
  let m =
    /^(.+?) (?:shall|should) (?:occur|exist) (?:maximum|at most) (once|twice)(?: in (\w+))?/i.exec(
      en,
    );
  if (m) {
    const times = m[2] === 'twice' ? 'qu’au plus deux fois' : 'qu’une fois au plus';
    return `L’élément « ${m[1]} » ne peut figurer ${times}${m[3] ? ` dans ${m[3]}` : ''}.`;
  }
  m = /^(.+?) must exist exactly once/i.exec(en);
  if (m) return `L’élément « ${m[1]} » doit figurer exactement une fois.`;
  return undefined;
}
