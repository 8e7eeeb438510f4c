/**
 * The specification a CII document declares (BT-24, GuidelineSpecifiedDocumentContextParameter/ID),
 * told apart into the profiles that change how it is judged: Factur-X / ZUGFeRD MINIMUM and BASIC WL
 * are not EN 16931 invoices (their own profile rules apply, not the CEN set); EXTENDED goes beyond
 * EN 16931 (its own schema); BASIC and EN16931 are EN 16931 invoices.
 */
export type Profile = 'MINIMUM' | 'BASIC-WL' | 'BASIC' | 'EN16931' | 'EXTENDED' | 'XRECHNUNG';

export function profileFromSpecification(id: string | undefined): Profile | undefined {
  if (!id) return undefined;
  const s = id.trim().toLowerCase();
  if (s.includes('xrechnung')) return 'XRECHNUNG';
  if (/(factur-x\.eu|zugferd\.de):[\w.]*:minimum$/.test(s)) return 'MINIMUM';
  if (/(factur-x\.eu|zugferd\.de):[\w.]*:basicwl$/.test(s)) return 'BASIC-WL';
  if (/(factur-x\.eu|zugferd\.de):[\w.]*:basic$/.test(s)) return 'BASIC';
  if (/(factur-x\.eu|zugferd\.de):[\w.]*:extended$/.test(s)) return 'EXTENDED';
  if (s.startsWith('urn:cen.eu:en16931:2017')) return 'EN16931';
  return undefined;
}

/** Profiles judged by their own profile rules instead of the EN 16931 business rules. */
export const isNotEn16931 = (p: Profile | undefined): boolean =>
  p === 'MINIMUM' || p === 'BASIC-WL' || p === 'EXTENDED';
