/**
 * Factur-X / ZUGFeRD 2.x profiles and how to recognise them. The profile is declared by the
 * specification identifier (BT-24, `GuidelineSpecifiedDocumentContextParameter/ram:ID`) of the
 * embedded CII; the PDF's XMP repeats it as `fx:ConformanceLevel`, but the XML is authoritative
 * (that is what the validation rules run on).
 */
import type { Profile } from '../validate/profile';
import { profileFromSpecification } from '../validate/profile';

/** The profiles, as the validation report names them (shared with `validateInvoice`). */
export type FacturXProfile = Profile;

export const FACTURX_PROFILES: readonly FacturXProfile[] = [
  'MINIMUM',
  'BASIC-WL',
  'BASIC',
  'EN16931',
  'EXTENDED',
  'XRECHNUNG',
];

/** BT-24 values written for each profile (Factur-X 1.0x, identical to ZUGFeRD 2.1+). */
export const SPECIFICATION_IDENTIFIERS: Record<Exclude<FacturXProfile, 'XRECHNUNG'>, string> = {
  MINIMUM: 'urn:factur-x.eu:1p0:minimum',
  'BASIC-WL': 'urn:factur-x.eu:1p0:basicwl',
  BASIC: 'urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic',
  EN16931: 'urn:cen.eu:en16931:2017',
  EXTENDED: 'urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended',
};

/** The profile named by a BT-24 value (ZUGFeRD 2.0 and early Factur-X spellings included). */
export function profileOfSpecification(id: string | undefined): FacturXProfile | undefined {
  return profileFromSpecification(id);
}

/** The profile named by an XMP `fx:ConformanceLevel` (MINIMUM, BASIC WL, BASIC, EN 16931, EXTENDED, XRECHNUNG). */
export function profileOfConformanceLevel(level: string): FacturXProfile | undefined {
  const v = level
    .trim()
    .toUpperCase()
    .replace(/[\s_-]+/g, '');
  switch (v) {
    case 'MINIMUM':
      return 'MINIMUM';
    case 'BASICWL':
      return 'BASIC-WL';
    case 'BASIC':
      return 'BASIC';
    case 'EN16931':
    case 'COMFORT':
      return 'EN16931';
    case 'EXTENDED':
      return 'EXTENDED';
    case 'XRECHNUNG':
      return 'XRECHNUNG';
    default:
      return undefined;
  }
}

/** The XMP `fx:ConformanceLevel` value for a profile, as the Factur-X specification spells it. */
export function conformanceLevelOf(profile: FacturXProfile): string {
  if (profile === 'EN16931') return 'EN 16931';
  return profile === 'BASIC-WL' ? 'BASIC WL' : profile;
}

/**
 * Finds BT-24 in raw CII bytes without building a tree: a bounded scan of the document's head,
 * where `ExchangedDocumentContext` always is. Used when only the attachment was extracted (the
 * full reader gives the same value from the model).
 */
export function sniffSpecificationIdentifier(xml: Uint8Array): string | undefined {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(xml.subarray(0, 16_384));
  const m =
    /GuidelineSpecifiedDocumentContextParameter>\s*<(?:[\w.-]+:)?ID(?:\s[^>]*)?>([^<]{1,256})</.exec(
      head,
    );
  return m?.[1]?.trim();
}
