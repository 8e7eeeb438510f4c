/**
 * Typo correction of query words against the directory's vocabulary by symmetric deletion: a
 * word and the same word with one substitution, insertion, deletion or transposition always share
 * a one-letter deletion (or one is the other's deletion). The vocabulary stores every word's
 * deletions (migration 0009); a query looks up its own word and deletions, then keeps only the
 * words really one edit away, since two different deletions can also meet two edits apart.
 */

/** Shorter words are matched exactly: one edit away from "sur" lies half the vocabulary. */
export const MIN_TYPO_WORD_LENGTH = 4;

/** The word and its one-letter deletions, the keys under which its corrections are stored. */
export function lookupKeysOf(word: string): string[] {
  const keys = new Set([word]);
  if (word.length >= MIN_TYPO_WORD_LENGTH) {
    for (let i = 0; i < word.length; i += 1) keys.add(word.slice(0, i) + word.slice(i + 1));
  }
  return [...keys];
}

/** True when b is a, or a with one substitution, insertion, deletion or adjacent transposition. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const restA = a.slice(start, endA);
  const restB = b.slice(start, endB);
  // What differs, once the common start and end are set aside: one letter replaced, added or
  // removed, or two neighbours swapped.
  if (restA.length <= 1 && restB.length <= 1) return true;
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0];
}

/** What one query word may stand for in the directory's vocabulary. */
export interface WordMatches {
  /** The query word (normalised). */
  word: string;
  /** The query word itself, when the directory has it. */
  exact: string[];
  /** Directory words the query word may be the beginning of (the last word only). */
  prefix: string[];
  /** Directory words one typo away. */
  typo: string[];
  /** Names containing one of these words: the rarest query word drives the search. */
  frequency: number;
}
