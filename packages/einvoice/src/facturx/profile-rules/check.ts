/**
 * `checkFacturXProfile(xml, profile)`: the Factur-X profile rules, from the official profile
 * Schematron (see load.ts). MINIMUM and BASIC WL documents are not EN 16931 invoices (no lines, fewer
 * required terms): they are judged by these rules instead of the CEN rule set; so is EXTENDED, which
 * goes beyond EN 16931. For BASIC and EN16931 these rules come on top of the CEN rules (the official
 * Factur-X verdict runs both); XRECHNUNG has none here.
 */
import type { Finding } from '../../finding';
import { runRules } from '../../rules/en16931';
import type { XmlDocument } from '../../xml/types';
import type { XDoc } from '../../xpath/xdm';
import { buildXdm } from '../../xpath/xdm';
import type { FacturXProfile } from '../profile';
import { profileRules } from './load';
import type { RuleProfile } from './load';

/** Profiles that have rules of their own here. */
export const PROFILES_WITH_RULES: readonly FacturXProfile[] = [
  'MINIMUM',
  'BASIC-WL',
  'BASIC',
  'EN16931',
  'EXTENDED',
];

export function checkFacturXProfile(
  xml: XmlDocument | XDoc,
  profile: FacturXProfile | undefined,
): Finding[] {
  if (profile === undefined || profile === 'XRECHNUNG') return [];
  const doc = 'kind' in xml ? xml : buildXdm(xml);
  return runRules(profileRules(profile satisfies RuleProfile), doc).map((f) => ({
    ...f,
    message: { fr: frenchProfileMessage(f), en: f.message.en },
  }));
}

/**
 * The Factur-X Schematron words its own structural checks ("Element 'ram:X' must occur exactly 1
 * times", "Value of 'ram:Y' is not allowed"); the business rules (BR-*) already have French texts
 * in the rules module. Translate the structural ones by their fixed phrasing.
 */
function frenchProfileMessage(f: Finding): string {
  const en = f.message.en;
  let m = /^Element '([^']+)' must occur exactly 1 times\.?$/.exec(en);
  if (m) return `L'élément « ${m[1]} » doit être présent exactement une fois.`;
  m = /^Element (?:variant )?'(.+)' may occur at maximum 1 times\.?$/.exec(en);
  if (m) return `L'élément « ${m[1]} » ne peut être présent qu'une fois au plus.`;
  m = /^Value of '([^']+)' is not allowed\.?$/.exec(en);
  if (m) {
    return `La valeur de « ${m[1]} »${f.value ? ` (${f.value})` : ''} n'est pas autorisée par le profil Factur-X.`;
  }
  m = /^Attribute '([^']+)' is required in this context\.?$/.exec(en);
  if (m) return `L'attribut « ${m[1]} » est obligatoire ici.`;
  return f.message.fr === en || f.message.fr === ''
    ? `Règle du profil Factur-X : ${en}`
    : f.message.fr;
}
