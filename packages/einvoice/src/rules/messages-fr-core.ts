/** French wording of the EN 16931 core rules (BR-01 ... BR-65, BR-CO-*, BR-O-*, BR-B-*), one by one. */
export const FR_CORE: Record<string, string> = {
  'BR-01':
    'La facture doit indiquer l’identifiant de spécification (BT-24), par exemple urn:cen.eu:en16931:2017.',
  'BR-02': 'La facture doit avoir un numéro de facture (BT-1).',
  'BR-03': 'La facture doit avoir une date d’émission (BT-2).',
  'BR-04': 'La facture doit avoir un code de type de facture (BT-3).',
  'BR-05': 'La facture doit indiquer le code de la devise de facturation (BT-5).',
  'BR-06': 'La facture doit indiquer la raison sociale du vendeur (BT-27).',
  'BR-07': 'La facture doit indiquer la raison sociale de l’acheteur (BT-44).',
  'BR-08': 'La facture doit contenir l’adresse postale du vendeur (BG-5).',
  'BR-09': 'L’adresse postale du vendeur (BG-5) doit contenir le code pays du vendeur (BT-40).',
  'BR-10': 'La facture doit contenir l’adresse postale de l’acheteur (BG-8).',
  'BR-11':
    'L’adresse postale de l’acheteur (BG-8) doit contenir le code pays de l’acheteur (BT-55).',
  'BR-12': 'La facture doit indiquer la somme des montants nets des lignes (BT-106).',
  'BR-13': 'La facture doit indiquer le montant total hors TVA (BT-109).',
  'BR-14': 'La facture doit indiquer le montant total TVA comprise (BT-112).',
  'BR-15': 'La facture doit indiquer le montant à payer (BT-115).',
  'BR-16': 'La facture doit avoir au moins une ligne (BG-25).',
  'BR-17':
    'Le nom du bénéficiaire (BT-59) doit être indiqué lorsque le bénéficiaire (BG-10) est différent du vendeur (BG-4).',
  'BR-18':
    'Le nom du représentant fiscal du vendeur (BT-62) doit être indiqué lorsque le vendeur a un représentant fiscal (BG-11).',
  'BR-19':
    'L’adresse postale du représentant fiscal du vendeur (BG-12) doit être indiquée lorsque le vendeur a un représentant fiscal (BG-11).',
  'BR-20': 'L’adresse postale du représentant fiscal (BG-12) doit contenir son code pays (BT-69).',
  'BR-21': 'Chaque ligne de facture (BG-25) doit avoir un identifiant de ligne (BT-126).',
  'BR-22': 'Chaque ligne de facture (BG-25) doit indiquer la quantité facturée (BT-129).',
  'BR-23':
    'Chaque ligne de facture (BG-25) doit indiquer l’unité de mesure de la quantité facturée (BT-130).',
  'BR-24': 'Chaque ligne de facture (BG-25) doit indiquer son montant net (BT-131).',
  'BR-25': 'Chaque ligne de facture (BG-25) doit indiquer le nom de l’article (BT-153).',
  'BR-26': 'Chaque ligne de facture (BG-25) doit indiquer le prix net de l’article (BT-146).',
  'BR-27': 'Le prix net de l’article (BT-146) ne doit pas être négatif.',
  'BR-28': 'Le prix brut de l’article (BT-148) ne doit pas être négatif.',
  'BR-29':
    'La date de fin de la période de facturation (BT-74) doit être égale ou postérieure à sa date de début (BT-73).',
  'BR-30':
    'La date de fin de la période de la ligne (BT-135) doit être égale ou postérieure à sa date de début (BT-134).',
  'BR-31': 'Chaque remise de niveau document (BG-20) doit indiquer son montant (BT-92).',
  'BR-32':
    'Chaque remise de niveau document (BG-20) doit indiquer son code de catégorie de TVA (BT-95).',
  'BR-33':
    'Chaque remise de niveau document (BG-20) doit indiquer son motif (BT-97) ou le code du motif (BT-98).',
  'BR-36': 'Chaque charge de niveau document (BG-21) doit indiquer son montant (BT-99).',
  'BR-37':
    'Chaque charge de niveau document (BG-21) doit indiquer son code de catégorie de TVA (BT-102).',
  'BR-38':
    'Chaque charge de niveau document (BG-21) doit indiquer son motif (BT-104) ou le code du motif (BT-105).',
  'BR-41': 'Chaque remise de ligne (BG-27) doit indiquer son montant (BT-136).',
  'BR-42':
    'Chaque remise de ligne (BG-27) doit indiquer son motif (BT-139) ou le code du motif (BT-140).',
  'BR-43': 'Chaque charge de ligne (BG-28) doit indiquer son montant (BT-141).',
  'BR-44':
    'Chaque charge de ligne (BG-28) doit indiquer son motif (BT-144) ou le code du motif (BT-145).',
  'BR-45':
    'Chaque récapitulatif de TVA (BG-23) doit indiquer la base imposable de la catégorie (BT-116).',
  'BR-46':
    'Chaque récapitulatif de TVA (BG-23) doit indiquer le montant de TVA de la catégorie (BT-117).',
  'BR-47':
    'Chaque récapitulatif de TVA (BG-23) doit indiquer le code de catégorie de TVA (BT-118).',
  'BR-48':
    'Chaque récapitulatif de TVA (BG-23) doit indiquer le taux de TVA de la catégorie (BT-119), sauf si la facture n’est pas soumise à la TVA.',
  'BR-49':
    'Chaque instruction de paiement (BG-16) doit indiquer le code du moyen de paiement (BT-81).',
  'BR-50':
    'L’identifiant du compte de paiement (BT-84) doit être indiqué pour un virement (BG-17).',
  'BR-51':
    'Le numéro de carte de paiement (BT-87) ne devrait pas figurer en entier : au plus les 6 premiers et les 4 derniers chiffres.',
  'BR-52': 'Chaque pièce justificative (BG-24) doit avoir une référence (BT-122).',
  'BR-53':
    'Lorsque la devise de comptabilisation de la TVA (BT-6) est indiquée, le montant total de TVA dans cette devise (BT-111) doit l’être aussi.',
  'BR-54': 'Chaque attribut d’article (BG-32) doit avoir un nom (BT-160) et une valeur (BT-161).',
  'BR-55':
    'Chaque référence à une facture antérieure (BG-3) doit indiquer le numéro de cette facture (BT-25).',
  'BR-56': 'Le représentant fiscal du vendeur (BG-11) doit avoir un numéro de TVA (BT-63).',
  'BR-57': 'Chaque adresse de livraison (BG-15) doit contenir un code pays (BT-80).',
  'BR-61':
    'Pour un virement (codes de moyen de paiement 30 ou 58), l’identifiant du compte de paiement (BT-84, IBAN) doit être indiqué.',
  'BR-62':
    'L’adresse électronique du vendeur (BT-34) doit avoir un identifiant de schéma (attribut schemeID).',
  'BR-63':
    'L’adresse électronique de l’acheteur (BT-49) doit avoir un identifiant de schéma (attribut schemeID).',
  'BR-64':
    'L’identifiant standard de l’article (BT-157) doit avoir un identifiant de schéma (attribut schemeID).',
  'BR-65':
    'L’identifiant de classification de l’article (BT-158) doit avoir un identifiant de schéma (attribut listID).',
  'BR-CO-03':
    'La date d’exigibilité de la TVA (BT-7) et son code (BT-8) s’excluent : n’indiquez que l’un des deux.',
  'BR-CO-04': 'Chaque ligne de facture (BG-25) doit avoir un code de catégorie de TVA (BT-151).',
  'BR-CO-05':
    'Le code du motif de la remise (BT-98) et son libellé (BT-97) doivent désigner le même type de remise.',
  'BR-CO-06':
    'Le code du motif de la charge (BT-105) et son libellé (BT-104) doivent désigner le même type de charge.',
  'BR-CO-07':
    'Le code du motif de la remise de ligne (BT-140) et son libellé (BT-139) doivent désigner le même type de remise.',
  'BR-CO-08':
    'Le code du motif de la charge de ligne (BT-145) et son libellé (BT-144) doivent désigner le même type de charge.',
  'BR-CO-09':
    'Les numéros de TVA du vendeur (BT-31), du représentant fiscal (BT-63) et de l’acheteur (BT-48) doivent commencer par le code pays ISO 3166-1 alpha-2 (EL pour la Grèce).',
  'BR-CO-10':
    'La somme des montants nets des lignes (BT-106) doit être égale au total des montants nets des lignes (BT-131).',
  'BR-CO-11':
    'La somme des remises de niveau document (BT-107) doit être égale au total des montants des remises (BT-92).',
  'BR-CO-12':
    'La somme des charges de niveau document (BT-108) doit être égale au total des montants des charges (BT-99).',
  'BR-CO-13':
    'Le montant total hors TVA (BT-109) doit valoir la somme des lignes (BT-106) moins les remises (BT-107) plus les charges (BT-108).',
  'BR-CO-14':
    'Le montant total de TVA (BT-110) doit être égal à la somme des montants de TVA par catégorie (BT-117).',
  'BR-CO-15':
    'Le montant total TVA comprise (BT-112) doit valoir le total hors TVA (BT-109) plus le total de TVA (BT-110).',
  'BR-CO-16':
    'Le montant à payer (BT-115) doit valoir le total TVA comprise (BT-112) moins le montant déjà payé (BT-113) plus l’arrondi (BT-114).',
  'BR-CO-17':
    'Le montant de TVA d’une catégorie (BT-117) doit valoir la base imposable (BT-116) × le taux (BT-119), arrondi à 2 décimales.',
  'BR-CO-18': 'La facture doit contenir au moins un récapitulatif de TVA (BG-23).',
  'BR-CO-19':
    'Si une période de facturation (BG-14) est indiquée, elle doit avoir une date de début (BT-73), une date de fin (BT-74), ou les deux.',
  'BR-CO-20':
    'Si une période de ligne (BG-26) est indiquée, elle doit avoir une date de début (BT-134), une date de fin (BT-135), ou les deux.',
  'BR-CO-21':
    'Chaque remise de niveau document (BG-20) doit avoir un motif (BT-97), un code de motif (BT-98), ou les deux.',
  'BR-CO-22':
    'Chaque charge de niveau document (BG-21) doit avoir un motif (BT-104), un code de motif (BT-105), ou les deux.',
  'BR-CO-23':
    'Chaque remise de ligne (BG-27) doit avoir un motif (BT-139), un code de motif (BT-140), ou les deux.',
  'BR-CO-24':
    'Chaque charge de ligne (BG-28) doit avoir un motif (BT-144), un code de motif (BT-145), ou les deux.',
  'BR-CO-25':
    'Lorsque le montant à payer (BT-115) est positif, la date d’échéance (BT-9) ou les conditions de paiement (BT-20) doivent être indiquées.',
  'BR-CO-26':
    'Pour que l’acheteur identifie le vendeur, indiquez son identifiant (BT-29), son numéro d’immatriculation légale (BT-30, SIREN) ou son numéro de TVA (BT-31).',
  'BR-O-02':
    'Une facture dont une ligne est « Non soumise à la TVA » (O) ne doit pas contenir de numéro de TVA du vendeur (BT-31), de son représentant fiscal (BT-63) ni de l’acheteur (BT-48).',
  'BR-O-03':
    'Une facture dont une remise de niveau document est « Non soumise à la TVA » (O) ne doit pas contenir de numéro de TVA du vendeur (BT-31), de son représentant fiscal (BT-63) ni de l’acheteur (BT-48).',
  'BR-O-04':
    'Une facture dont une charge de niveau document est « Non soumise à la TVA » (O) ne doit pas contenir de numéro de TVA du vendeur (BT-31), de son représentant fiscal (BT-63) ni de l’acheteur (BT-48).',
  'BR-O-05': 'Une ligne « Non soumise à la TVA » (O) ne doit pas indiquer de taux de TVA (BT-152).',
  'BR-O-06':
    'Une remise de niveau document « Non soumise à la TVA » (O) ne doit pas indiquer de taux de TVA (BT-96).',
  'BR-O-07':
    'Une charge de niveau document « Non soumise à la TVA » (O) ne doit pas indiquer de taux de TVA (BT-103).',
  'BR-O-11':
    'Une facture avec un récapitulatif « Non soumis à la TVA » (O) ne doit pas contenir d’autre récapitulatif de TVA (BG-23).',
  'BR-O-12':
    'Une facture avec un récapitulatif « Non soumis à la TVA » (O) ne doit pas contenir de ligne d’une autre catégorie de TVA.',
  'BR-O-13':
    'Une facture avec un récapitulatif « Non soumis à la TVA » (O) ne doit pas contenir de remise de niveau document d’une autre catégorie de TVA.',
  'BR-O-14':
    'Une facture avec un récapitulatif « Non soumis à la TVA » (O) ne doit pas contenir de charge de niveau document d’une autre catégorie de TVA.',
  'BR-B-01':
    'Une facture en « paiement fractionné » (catégorie B) doit être une facture italienne domestique.',
  'BR-B-02':
    'Une facture contenant la catégorie « paiement fractionné » (B) ne peut pas contenir la catégorie « taux normal » (S).',
};
