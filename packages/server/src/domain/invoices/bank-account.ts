/**
 * IBAN (ISO 13616, mod-97 check of ISO 7064) and BIC (ISO 9362) checks for the supplier's bank
 * account (BT-84, BT-86). Pure string arithmetic on chunks: the 30-odd digit number never goes
 * through a float.
 */
const IBAN_LENGTHS: Record<string, number> = {
  FR: 27,
  DE: 22,
  BE: 16,
  ES: 24,
  IT: 27,
  LU: 20,
  NL: 18,
  PT: 25,
  CH: 21,
  GB: 22,
  IE: 22,
  AT: 20,
  MC: 27,
  MA: 28,
  PL: 28,
  SE: 24,
  DK: 18,
  FI: 18,
  NO: 15,
  GR: 27,
  CZ: 24,
  SK: 24,
  SI: 19,
  HR: 21,
  RO: 24,
  BG: 22,
  HU: 28,
  LT: 20,
  LV: 21,
  EE: 20,
  CY: 28,
  MT: 31,
  IS: 26,
  LI: 21,
  SM: 27,
  AD: 24,
};

export function normalizeIban(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

export function isValidIban(raw: string): boolean {
  const iban = normalizeIban(raw);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** 4 letters bank, 2 letters country, 2 location, optional 3 branch. */
export function isValidBic(raw: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(raw.trim().toUpperCase());
}
