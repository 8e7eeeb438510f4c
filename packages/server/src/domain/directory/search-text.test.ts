import { describe, expect, it } from 'vitest';
import { identifierQuery, normalizeText, trigramsOf } from './search-text';

describe('search text', () => {
  it.each([
    ['Commune de Saint-Étienne-du-Rouvray', 'commune de saint etienne du rouvray'],
    ["  CENTRE HOSPITALIER D'ÉVREUX ", 'centre hospitalier d evreux'],
    ['Œting — Hœrdt', 'oeting hoerdt'],
    ['Île-de-France', 'ile de france'],
  ])('normalises %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('cuts padded word trigrams, without duplicates', () => {
    expect(trigramsOf('lyon')).toEqual(['  l', ' ly', 'lyo', 'yon', 'on ']);
    expect(trigramsOf('aa aa')).toEqual(['  a', ' aa', 'aa ']);
  });

  it('recognises an identifier prefix', () => {
    expect(identifierQuery('217 605')).toBe('217605');
    expect(identifierQuery('21760575200019')).toBe('21760575200019');
    expect(identifierQuery('2')).toBeUndefined();
    expect(identifierQuery('rouen 76')).toBeUndefined();
  });
});
