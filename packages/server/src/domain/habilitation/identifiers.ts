import type { Localized } from '../../i18n/lang';

export const IDENTIFIER_TYPES = [
  'SIRET',
  'UE_HORS_FRANCE',
  'HORS_UE',
  'RIDET',
  'TAHITI',
  'AUTRE',
  'PARTICULIER',
] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];

export type IdentifierCheck = { ok: true; value: string } | { ok: false; message: Localized };

/** Luhn checksum over decimal digits (INSEE uses it for SIREN and SIRET). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// La Poste's establishments all share SIREN 356000000 and are too many for the Luhn key: INSEE
// numbers them so that the digit sum of the SIRET is a multiple of 5 instead.
const LA_POSTE_SIREN = '356000000';

export function siretValid(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== '35600000000048') {
    const sum = [...siret].reduce((acc, c) => acc + Number(c), 0);
    return sum % 5 === 0;
  }
  return luhnValid(siret);
}

// Intra-EU VAT numbers: a member-state prefix then 2 to 13 letters or digits (the exact pattern per
// state is checked by VIES, which needs the network; we only refuse what cannot be one).
const EU_PREFIXES = new Set(
  'AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK XI'.split(' '),
);

const PATTERNS: Record<Exclude<IdentifierType, 'SIRET' | 'UE_HORS_FRANCE'>, RegExp> = {
  // RIDET (New Caledonia): 7 digits, optionally a 3-digit establishment rank.
  RIDET: /^\d{7}(\d{3})?$/,
  // N° TAHITI (French Polynesia): one letter or digit then 5 digits, optionally a 3-digit rank.
  TAHITI: /^[A-Z0-9]\d{5}(\d{3})?$/,
  HORS_UE: /^[A-Z0-9][A-Z0-9-]{1,79}$/,
  AUTRE: /^[A-Z0-9][A-Z0-9-]{1,79}$/,
  PARTICULIER: /^[A-Z0-9][A-Z0-9-]{1,79}$/,
};

/**
 * Normalises (spaces and dots removed, upper case) and checks an identifier for its type.
 * The SIRET must also exist at INSEE in Chorus Pro; that lookup needs the directory (issue 4).
 */
export function checkIdentifier(type: IdentifierType, raw: string): IdentifierCheck {
  const value = raw.replace(/[\s.]/g, '').toUpperCase();
  if (value === '') {
    return { ok: false, message: { fr: 'obligatoire.', en: 'required.' } };
  }
  switch (type) {
    case 'SIRET':
      if (!/^\d{14}$/.test(value)) {
        return {
          ok: false,
          message: { fr: 'un SIRET a 14 chiffres.', en: 'a SIRET has 14 digits.' },
        };
      }
      if (!siretValid(value)) {
        return {
          ok: false,
          message: {
            fr: 'ce SIRET est invalide (clé de contrôle).',
            en: 'this SIRET is not valid (check digit).',
          },
        };
      }
      return { ok: true, value };
    case 'UE_HORS_FRANCE': {
      const prefix = value.slice(0, 2);
      if (
        !EU_PREFIXES.has(prefix) ||
        prefix === 'FR' ||
        !/^[A-Z]{2}[A-Z0-9+*]{2,13}$/.test(value)
      ) {
        return {
          ok: false,
          message: {
            fr: "un numéro de TVA intracommunautaire d'un autre État membre est attendu (ex. DE123456789).",
            en: 'an intra-EU VAT number of another member state is expected (e.g. DE123456789).',
          },
        };
      }
      return { ok: true, value };
    }
    case 'RIDET':
    case 'TAHITI':
    case 'HORS_UE':
    case 'AUTRE':
    case 'PARTICULIER':
      if (!PATTERNS[type].test(value)) {
        return {
          ok: false,
          message: {
            fr: "format d'identifiant invalide pour ce type.",
            en: 'invalid identifier format for this type.',
          },
        };
      }
      return { ok: true, value };
  }
}
