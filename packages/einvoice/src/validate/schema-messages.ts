/**
 * Turns libxml2 schema errors into findings a supplier can read: the element by its usual prefixed
 * name (cbc:IssueDate, ram:LineID), its line, and what is wrong in French and English.
 */
import type { Libxml2Diagnostic as ErrorDetail } from './libxml2';
import type { Finding } from '../finding';
import type { SchemaId } from './schema';

const PREFIXES: Record<string, string> = {
  'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2': 'cbc',
  'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2': 'cac',
  'urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2': 'ext',
  // UBL documents put their root element in the default namespace: named without a prefix.
  'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2': '',
  'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2': '',
  'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100': 'rsm',
  'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100': 'ram',
  'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100': 'udt',
  'urn:un:unece:uncefact:data:standard:QualifiedDataType:100': 'qdt',
};

/** `{urn:...CommonBasicComponents-2}IssueDate` → `cbc:IssueDate`. */
export function prefixNames(text: string): string {
  return text.replace(/\{([^}]*)\}([\w.-]+)/g, (_m, ns: string, local: string) => {
    const p = PREFIXES[ns];
    return p ? `${p}:${local}` : local;
  });
}

function expectedList(raw: string): string {
  return prefixNames(raw)
    .replace(/^\s*\(\s*/, '')
    .replace(/\s*\)\s*$/, '')
    .trim();
}

interface Explained {
  fr: string;
  en: string;
  value?: string;
}

function explain(element: string, rest: string): Explained {
  let m = /^This element is not expected\.(?: Expected is(?: one of)? \((.*)\))?/.exec(rest);
  if (m) {
    const exp = m[1] ? expectedList(m[1]) : '';
    return {
      fr: `L'élément ${element} n'est pas attendu à cet endroit${exp ? ` (attendu : ${exp})` : ''}.`,
      en: `Element ${element} is not expected here${exp ? ` (expected: ${exp})` : ''}.`,
    };
  }
  m = /^Missing child element\(s\)\.(?: Expected is(?: one of)? \((.*)\))?/.exec(rest);
  if (m) {
    const exp = m[1] ? expectedList(m[1]) : '';
    return {
      fr: `Il manque un élément obligatoire dans ${element}${exp ? ` (attendu à cet endroit : ${exp})` : ''}.`,
      en: `A mandatory element is missing in ${element}${exp ? ` (expected here: ${exp})` : ''}.`,
    };
  }
  m = /^'(.*)' is not a valid value of the (?:atomic|local atomic|list|union) type '(.*?)'/.exec(
    rest,
  );
  if (m) {
    return {
      fr: `La valeur « ${m[1]} » de ${element} n'a pas le format attendu (${m[2]}).`,
      en: `The value "${m[1]}" of ${element} does not have the expected format (${m[2]}).`,
      value: m[1],
    };
  }
  m = /^\[facet '(\w+)'\] The value '(.*?)'/.exec(rest);
  if (m) {
    return {
      fr: `La valeur « ${m[2]} » de ${element} n'est pas permise (contrainte ${m[1]}).`,
      en: `The value "${m[2]}" of ${element} is not allowed (${m[1]} constraint).`,
      value: m[2],
    };
  }
  m = /^The attribute '(.*?)' is not allowed/.exec(rest);
  if (m) {
    return {
      fr: `L'attribut ${m[1]} n'est pas permis sur ${element}.`,
      en: `Attribute ${m[1]} is not allowed on ${element}.`,
    };
  }
  m = /^The attribute '(.*?)' is required but missing/.exec(rest);
  if (m) {
    return {
      fr: `L'attribut obligatoire ${m[1]} manque sur ${element}.`,
      en: `The mandatory attribute ${m[1]} is missing on ${element}.`,
    };
  }
  m = /^No matching global declaration available for the validation root/.exec(rest);
  if (m) {
    return {
      fr: `L'élément racine ${element} n'est pas celui d'une facture de ce format.`,
      en: `The root element ${element} is not an invoice of this format.`,
    };
  }
  const plain = prefixNames(rest).trim();
  return {
    fr: `${element} ne respecte pas le schéma : ${plain}`,
    en: `${element} does not conform to the schema: ${plain}`,
  };
}

export function describeSchemaError(d: ErrorDetail, schema: SchemaId): Finding {
  const m = /^Element '([^']*)'(?:, attribute '([^']*)')?: (.*)$/s.exec(d.message.trim());
  const element = m ? prefixNames(m[1] ?? '') + (m[2] ? `/@${m[2]}` : '') : '';
  const text = m
    ? explain(element, m[3] ?? '')
    : explain('document', prefixNames(d.message.trim()));
  const where = schema.startsWith('fx-') ? ` [${schema.slice(3).toUpperCase()}]` : '';
  return {
    rule: schema.startsWith('fx-') ? 'FX-SCHEMA' : 'SCHEMA',
    severity: 'fatal',
    message: { fr: `${text.fr}${where}`, en: `${text.en}${where}` },
    ...(d.xpath ? { location: d.xpath } : {}),
    ...(d.line > 0 ? { line: d.line } : {}),
    ...(text.value !== undefined ? { value: text.value } : {}),
  };
}
