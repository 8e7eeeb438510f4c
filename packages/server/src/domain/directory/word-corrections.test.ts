import { describe, expect, it } from 'vitest';
import { lookupKeysOf, withinOneEdit, type WordMatches } from './word-corrections';
import { rankNames, spelledPhrases } from './word-ranking';

const matches = (word: string, m: Partial<WordMatches>): WordMatches => ({
  word,
  exact: [],
  prefix: [],
  typo: [],
  frequency: 1,
  ...m,
});

describe('word corrections', () => {
  it('looks a word up under itself and its one-letter deletions, short words as typed', () => {
    expect(lookupKeysOf('lyon')).toEqual(['lyon', 'yon', 'lon', 'lyn', 'lyo']);
    expect(lookupKeysOf('sur')).toEqual(['sur']);
    expect(lookupKeysOf('noon')).toEqual(['noon', 'oon', 'non', 'noo']);
  });

  it('accepts one substitution, insertion, deletion or transposition, and no more', () => {
    for (const typo of ['rouan', 'rouuen', 'roen', 'ruoen', 'xouen', 'roue', 'rouens']) {
      expect(withinOneEdit('rouen', typo), typo).toBe(true);
      // Every one of them meets the word under a shared lookup key.
      expect(
        lookupKeysOf(typo).some((k) => lookupKeysOf('rouen').includes(k)),
        typo,
      ).toBe(true);
    }
    for (const far of ['ruan', 'orune', 'rouenne', 'rxuxn', 'uoren']) {
      expect(withinOneEdit('rouen', far), far).toBe(false);
    }
    // Shared deletions two edits apart are told apart.
    expect(withinOneEdit('axbc', 'abcy')).toBe(false);
  });

  it('spells the query as the directory may, stop words kept in place', () => {
    const words = [
      matches('comune', { typo: ['commune'] }),
      matches('roue', { exact: [], prefix: ['rouen', 'rouet'] }),
    ];
    expect(spelledPhrases('comune de roue', words)).toEqual([
      'commune de rouen',
      'commune de rouet',
    ]);
  });

  it('ranks words found as typed first, then names with the fewest unasked words', () => {
    const words = [
      matches('commune', { exact: ['commune'] }),
      matches('roen', { typo: ['rouen'] }),
    ];
    const names = [
      'centre communal d action sociale de rouen',
      'commune de rouen sur mer',
      'commune de rouen',
      'commune de rouen',
    ].map((search_name, i) => ({ id: String(i), identifier: String(9 - i), search_name }));
    expect(rankNames(names, 'commune de roen', words).map((n) => n.id)).toEqual([
      '3',
      '2',
      '1',
      '0',
    ]);
  });
});
