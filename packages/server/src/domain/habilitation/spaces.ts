import type { Localized } from '../../i18n/lang';

/**
 * The catalogue of espaces (Chorus Pro's tabs). More will come: each new feature adds its code here,
 * and the policy and the menu follow.
 */
export const SPACES = [
  {
    code: 'MON_COMPTE',
    name: { fr: 'Mon compte', en: 'My account' },
    // Every account has it, whatever its structures.
    personal: true,
    publicOnly: false,
  },
  {
    code: 'FACTURES_EMISES',
    name: { fr: 'Factures émises', en: 'Issued invoices' },
    personal: false,
    publicOnly: false,
  },
  {
    code: 'FACTURES_RECUES',
    name: { fr: 'Factures reçues', en: 'Received invoices' },
    personal: false,
    // Only public structures receive invoices.
    publicOnly: true,
  },
  {
    code: 'FACTURES_A_VALIDER',
    name: { fr: 'Factures à valider', en: 'Invoices to validate' },
    personal: false,
    publicOnly: false,
  },
  {
    code: 'ACTIVITE_GESTIONNAIRE',
    name: { fr: 'Activité du gestionnaire', en: 'Manager activity' },
    personal: false,
    publicOnly: false,
  },
] as const satisfies ReadonlyArray<{
  code: string;
  name: Localized;
  personal: boolean;
  publicOnly: boolean;
}>;

export type SpaceCode = (typeof SPACES)[number]['code'];

export const SPACE_CODES: readonly SpaceCode[] = SPACES.map((s) => s.code);

export function isSpaceCode(value: string): value is SpaceCode {
  return (SPACE_CODES as readonly string[]).includes(value);
}

/** Espaces a structure may hold: public ones only for public structures; never the personal one. */
export function spacesForStructure(isPublic: boolean): SpaceCode[] {
  return SPACES.filter((s) => !s.personal && (isPublic || !s.publicOnly)).map((s) => s.code);
}

/** Granted when a user is attached ("attached users have Factures émises"). */
export const DEFAULT_MEMBER_SPACES: readonly SpaceCode[] = ['FACTURES_EMISES'];

/** Espaces given on attachment; members of a public structure also receive its invoices. */
export function memberSpacesFor(isPublic: boolean): SpaceCode[] {
  return isPublic ? ['FACTURES_EMISES', 'FACTURES_RECUES'] : [...DEFAULT_MEMBER_SPACES];
}
