/**
 * Parsing of the values printed on invoices: amounts in French, German and English notations,
 * dates, identifiers. Each parser finds the first value in a piece of text, or undefined.
 */

const AMOUNT =
  /(?<![\d.,])([-−–]\s?)?(\d{1,3}(?:[ \u00a0\u202f.,']\d{3})+|\d+)([.,]\d{1,2})(?![\d])(?!\s?%)(-)?/u;

/** '1 234,56 €' → '1234.56'; '1.234,56' → '1234.56'; '1,234.56' → '1234.56'; '-7,67' → '-7.67'. */
export function parseAmount(text: string): string | undefined {
  const m = AMOUNT.exec(text);
  if (!m) return undefined;
  const intPart = (m[2] ?? '').replace(/[^\d]/g, '');
  const decimals = (m[3] ?? '').slice(1).padEnd(2, '0');
  const negative = m[1] !== undefined || m[4] !== undefined;
  const value = `${String(Number(intPart))}.${decimals}`;
  return negative && Number(value) !== 0 ? `-${value}` : value;
}

export function allAmounts(text: string): string[] {
  return amountsAt(text).map((a) => a.value);
}

/** Every amount of a text with where it is printed (character offsets), left to right. */
export function amountsAt(text: string): { value: string; start: number; end: number }[] {
  const out: { value: string; start: number; end: number }[] = [];
  let from = 0;
  for (let guard = 0; guard < 20; guard++) {
    const m = AMOUNT.exec(text.slice(from));
    if (!m) break;
    const v = parseAmount(m[0]);
    const start = from + m.index;
    if (v !== undefined) out.push({ value: v, start, end: start + m[0].length });
    from = start + m[0].length;
  }
  return out;
}

const MONTHS: Record<string, number> = {
  janvier: 1,
  january: 1,
  januar: 1,
  jan: 1,
  fevrier: 2,
  février: 2,
  february: 2,
  februar: 2,
  feb: 2,
  mars: 3,
  march: 3,
  märz: 3,
  mar: 3,
  avril: 4,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juin: 6,
  june: 6,
  juni: 6,
  jun: 6,
  juillet: 7,
  july: 7,
  juli: 7,
  jul: 7,
  aout: 8,
  août: 8,
  august: 8,
  aug: 8,
  septembre: 9,
  september: 9,
  sep: 9,
  octobre: 10,
  october: 10,
  oktober: 10,
  oct: 10,
  okt: 10,
  novembre: 11,
  november: 11,
  nov: 11,
  decembre: 12,
  décembre: 12,
  december: 12,
  dezember: 12,
  dec: 12,
  dez: 12,
};

function isoDate(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** An English-language date: slashes mean month first (11/03/2017 is 3 November). */
export function parseDateUs(text: string): string | undefined {
  const m = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (m && !/\b\d{4}-\d{2}-\d{2}\b/.test(text.slice(0, m.index))) {
    return isoDate(+m[3]!, +m[1]!, +m[2]!) ?? parseDate(text);
  }
  return parseDate(text);
}

/** '13/11/2017', '05.03.2018', '2018-03-05', '13 novembre 2017' → ISO date. */
export function parseDate(text: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  const dmy = /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\b/.exec(text);
  const named = /\b(\d{1,2})\.?\s+([a-zéûä]+)\.?\s+(\d{4})\b/iu.exec(text);
  const found: { index: number; value: string | undefined }[] = [];
  if (iso) found.push({ index: iso.index, value: isoDate(+iso[1]!, +iso[2]!, +iso[3]!) });
  if (dmy) {
    const y = dmy[3]!.length === 2 ? 2000 + Number(dmy[3]) : Number(dmy[3]);
    found.push({ index: dmy.index, value: isoDate(y, +dmy[2]!, +dmy[1]!) });
  }
  if (named) {
    const month = MONTHS[named[2]!.toLowerCase()];
    if (month) found.push({ index: named.index, value: isoDate(+named[3]!, month, +named[1]!) });
  }
  return found.filter((f) => f.value).sort((a, b) => a.index - b.index)[0]?.value;
}

/** Luhn check, used by SIREN and SIRET. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** A European VAT number (FR12345678901, DE123456789...), spaces removed. */
export function findVatNumbers(text: string): string[] {
  const re =
    /\b(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)\s?([0-9A-Z](?:\s?[0-9A-Z]){7,11})\b/g;
  const out: string[] = [];
  for (const m of text.matchAll(re)) {
    const id = `${m[1]}${m[2]!.replace(/\s/g, '')}`;
    if (/\d{6}/.test(id)) out.push(id);
  }
  return out;
}

/**
 * SIRET (14 digits) or SIREN (9 digits), possibly spaced in groups, Luhn-checked unless the caller
 * has a label saying it is one (test and sample numbers often fail the check).
 */
export function findSirets(text: string, checked = true): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\dA-Z])(\d[\d \u00a0]{7,18}\d)(?!\d)/g)) {
    const digits = m[1]!.replace(/\s/g, '');
    if ((digits.length === 14 || digits.length === 9) && (!checked || luhn(digits)))
      out.push(digits);
  }
  return out;
}

/** An IBAN, spaces removed, with its mod-97 check. */
export function findIban(text: string): string | undefined {
  for (const m of text.matchAll(/\b([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{1,4}){3,8})\b/g)) {
    const iban = m[1]!.replace(/\s/g, '');
    if (iban.length >= 15 && iban.length <= 34 && ibanValid(iban)) return iban;
  }
  return undefined;
}

function ibanValid(iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4);
  const numeric = moved.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  return rest === 1;
}

/**
 * A BIC (ISO 9362) at the start of a text: 4 letters (bank), 2 letters (country), 2 letters or
 * digits (location), optionally 3 more (branch). Words that merely look like one are refused.
 */
export function parseBic(text: string): string | undefined {
  const m =
    /^[\s:.\-–/]*(?:(?:code|swift|bic)\b[\s:.\-–/]*)*([A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\b/u.exec(
      text,
    );
  const bic = m?.[1];
  if (!bic || /^(?:IBAN|BANQUE|BANK|NUMBER|NUMERO)/.test(bic)) return undefined;
  return bic;
}

/**
 * An IBAN-shaped value right after an "IBAN" label, its check digits not verified: a mistyped
 * IBAN is still worth showing, unsure, for the user to correct.
 */
export function parseIbanShape(text: string): string | undefined {
  const m = /^[\s:.\-–]*([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{1,4}){3,8})(?![A-Z0-9-])/u.exec(text);
  const iban = m?.[1]?.replace(/\s/g, '');
  return iban && iban.length >= 15 && iban.length <= 34 ? iban : undefined;
}
