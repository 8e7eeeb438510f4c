import type { Localized } from '../i18n/lang';

interface AjvIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** `/lines/2/quantity` → `lines[2].quantity`; a missing property names itself. */
export function fieldOf(issue: AjvIssue, dataVar: string): string {
  const parts = issue.instancePath.split('/').filter(Boolean);
  if (issue.keyword === 'required' && typeof issue.params.missingProperty === 'string') {
    parts.push(issue.params.missingProperty);
  }
  if (
    issue.keyword === 'additionalProperties' &&
    typeof issue.params.additionalProperty === 'string'
  ) {
    parts.push(issue.params.additionalProperty);
  }
  let field = '';
  for (const part of parts) field += /^\d+$/.test(part) ? `[${part}]` : field ? `.${part}` : part;
  return field || dataVar;
}

const FORMAT_NAMES: Record<string, Localized> = {
  email: { fr: 'une adresse e-mail', en: 'an email address' },
  date: { fr: 'une date (AAAA-MM-JJ)', en: 'a date (YYYY-MM-DD)' },
  'date-time': { fr: 'une date et heure ISO 8601', en: 'an ISO 8601 date-time' },
  uuid: { fr: 'un identifiant (UUID)', en: 'an identifier (UUID)' },
  uri: { fr: 'une adresse web', en: 'a URL' },
};

/** A message a person understands, in both languages, for one schema violation. */
export function describeIssue(issue: AjvIssue): Localized {
  const p = issue.params;
  switch (issue.keyword) {
    case 'required':
      return { fr: 'est obligatoire', en: 'is required' };
    case 'format': {
      const name = FORMAT_NAMES[String(p.format)];
      return name
        ? { fr: `doit être ${name.fr}`, en: `must be ${name.en}` }
        : {
            fr: `n'a pas le format attendu (${String(p.format)})`,
            en: `must match format ${String(p.format)}`,
          };
    }
    case 'minLength':
      return Number(p.limit) === 1
        ? { fr: 'ne doit pas être vide', en: 'must not be empty' }
        : {
            fr: `doit contenir au moins ${String(p.limit)} caractères`,
            en: `must be at least ${String(p.limit)} characters long`,
          };
    case 'maxLength':
      return {
        fr: `doit contenir au plus ${String(p.limit)} caractères`,
        en: `must be at most ${String(p.limit)} characters long`,
      };
    case 'minimum':
      return {
        fr: `doit être au moins ${String(p.limit)}`,
        en: `must be at least ${String(p.limit)}`,
      };
    case 'maximum':
      return {
        fr: `doit être au plus ${String(p.limit)}`,
        en: `must be at most ${String(p.limit)}`,
      };
    case 'minItems':
      return {
        fr: `doit contenir au moins ${String(p.limit)} élément(s)`,
        en: `must have at least ${String(p.limit)} item(s)`,
      };
    case 'maxItems':
      return {
        fr: `doit contenir au plus ${String(p.limit)} élément(s)`,
        en: `must have at most ${String(p.limit)} item(s)`,
      };
    case 'enum':
    case 'const': {
      const allowed = (p.allowedValues as unknown[] | undefined) ?? [p.allowedValue];
      const list = allowed.map(String).join(', ');
      return { fr: `doit être l'une des valeurs : ${list}`, en: `must be one of: ${list}` };
    }
    case 'pattern':
      return { fr: "n'a pas le format attendu", en: 'has an invalid format' };
    case 'type':
      return { fr: `doit être de type ${String(p.type)}`, en: `must be of type ${String(p.type)}` };
    case 'additionalProperties':
      return { fr: "n'est pas un champ accepté", en: 'is not an accepted field' };
    case 'anyOf':
    case 'oneOf':
      return {
        fr: 'ne correspond à aucune forme acceptée',
        en: 'does not match any accepted form',
      };
    default:
      return { fr: 'est invalide', en: `is invalid${issue.message ? ` (${issue.message})` : ''}` };
  }
}
