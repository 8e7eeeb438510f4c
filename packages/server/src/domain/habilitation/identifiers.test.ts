import { describe, expect, it } from 'vitest';
import { checkIdentifier, siretValid, type IdentifierType } from './identifiers';

describe('SIRET', () => {
  it.each([
    ['73282932000074', true], // INSEE's own example (Luhn)
    ['73282932000075', false],
    ['35600000000048', true], // La Poste head office (Luhn)
    ['35600000049837', true], // La Poste establishment: digit sum multiple of 5
    ['35600000049838', false],
    ['7328293200007', false],
    ['7328293200007A', false],
  ])('%s → %s', (siret, ok) => {
    expect(siretValid(siret)).toBe(ok);
  });
});

describe('identifiers by type', () => {
  it.each<[IdentifierType, string, string | false]>([
    ['SIRET', '732 829 320 00074', '73282932000074'],
    ['SIRET', '73282932000075', false],
    ['UE_HORS_FRANCE', 'de 123456789', 'DE123456789'],
    ['UE_HORS_FRANCE', 'FR40303265045', false],
    ['UE_HORS_FRANCE', 'US123456789', false],
    ['RIDET', '1234567', '1234567'],
    ['RIDET', '1234567001', '1234567001'],
    ['RIDET', '12345', false],
    ['TAHITI', 'A12345', 'A12345'],
    ['TAHITI', 'A1234', false],
    ['HORS_UE', 'us-12345', 'US-12345'],
    ['PARTICULIER', '', false],
    ['AUTRE', '<script>', false],
  ])('%s %s → %s', (type, raw, want) => {
    const result = checkIdentifier(type, raw);
    if (want === false) expect(result.ok).toBe(false);
    else expect(result).toEqual({ ok: true, value: want });
  });
});
