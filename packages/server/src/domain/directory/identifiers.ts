import { IDENTIFIER_TYPES, luhnValid, type IdentifierType } from '../habilitation/identifiers';

/**
 * The annuaire file may carry the identifier type by name or by its numeric scheme code (1 to 6
 * in Chorus Pro's order, as GOBL and the export do); empty means SIRET, by far the most common.
 */
export function parseIdentifierType(raw: string): IdentifierType | undefined {
  const value = raw.trim().toUpperCase();
  if (value === '') return 'SIRET';
  if (/^[1-7]$/.test(value)) return IDENTIFIER_TYPES[Number(value) - 1];
  return (IDENTIFIER_TYPES as readonly string[]).includes(value)
    ? (value as IdentifierType)
    : undefined;
}

/** Appends the Luhn check digit that makes `body` valid (demo generator, tests). */
export function withLuhnDigit(body: string): string {
  for (let d = 0; d <= 9; d += 1) {
    const candidate = `${body}${d}`;
    if (luhnValid(candidate)) return candidate;
  }
  throw new Error('unreachable');
}
