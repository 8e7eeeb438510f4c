import dumbPasswords from 'dumb-passwords';
import type { Localized } from '../i18n/lang';

// A CommonJS module: Node's ESM loader exposes only its default export.
const isTenThousandCommon = (password: string): boolean => dumbPasswords.check(password);

export const PASSWORD_MIN_LENGTH = 12;

// The bundled list (dumb-passwords, MIT: the 10,000 most common passwords) is English-centred;
// these are the French and portal-specific ones people reach for first.
const EXTRA_COMMON = new Set([
  'motdepasse',
  'azerty',
  'azertyuiop',
  'azertyuiopqsdfghjklm',
  'qsdfghjklm',
  'wxcvbn',
  'soleil',
  'bonjour',
  'doudou',
  'chouchou',
  'loulou',
  'marseille',
  'paris',
  'france',
  'chorale',
  'choruspro',
  'chorus',
  'facture',
  'factures',
  'administrateur',
  'admin',
  'changeme',
  'bienvenue',
  'jetaime',
  'nicolas',
  'camille',
  'julien',
  'password',
  'motdepasse',
  'qwertyuiop',
  'qwertyuiopasdfghjkl',
]);

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

function isCommon(word: string): boolean {
  return word.length > 0 && (EXTRA_COMMON.has(word) || isTenThousandCommon(word));
}

// Keyboard rows (AZERTY and QWERTY), forwards and backwards: "azertyuiopqs" is no secret.
const KEYBOARD_WALKS = [
  'azertyuiopqsdfghjklmwxcvbn',
  'qwertyuiopasdfghjklzxcvbnm',
  'qwertzuiopasdfghjklyxcvbnm',
  '1234567890azertyuiop',
  '1234567890qwertyuiop',
].flatMap((row) => [row, [...row].reverse().join('')]);

function shift(char: string, by: 1 | -1): string {
  if (/^\d$/.test(char)) return String((Number(char) + by + 10) % 10);
  return String.fromCodePoint((char.codePointAt(0) ?? 0) + by);
}

/** `aaaaaaaaaaaa`, `123456789012`, `abcdefghijkl`, `987654321098`: one run, however long. */
function isRunOrRepeat(value: string): boolean {
  const chars = [...value];
  const follows = (by: 1 | -1): boolean =>
    chars.every((c, i) => i === 0 || shift(chars[i - 1] ?? '', by) === c);
  return chars.every((c) => c === chars[0]) || follows(1) || follows(-1);
}

/** Is the password one a guesser tries first: common, decorated with digits or symbols, a run? */
function isGuessable(password: string): boolean {
  const lower = password.toLowerCase();
  const bare = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const unleet = lower.replace(/[013457@$]/g, (c) => LEET[c] ?? c);
  const unleetBare = unleet.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const bareUnleet = bare.replace(/[013457@$]/g, (c) => LEET[c] ?? c);
  if ([lower, bare, unleet, unleetBare, bareUnleet].some(isCommon)) return true;
  if (isRunOrRepeat(lower)) return true;
  const walks = [lower, bare].filter((w) => w.length >= 6);
  if (KEYBOARD_WALKS.some((row) => walks.some((w) => row.includes(w)))) return true;
  // The same short word repeated ("passwordpassword", "azerazerazer").
  for (let size = 1; size <= lower.length / 2; size += 1) {
    if (lower.length % size === 0 && lower.slice(0, size).repeat(lower.length / size) === lower)
      return true;
  }
  return false;
}

/**
 * Checks a new password against the portal's policy (ASVS 6.2: length over composition rules,
 * refuse known-common passwords and the identifier itself). Returns why it is refused, or nothing.
 */
export function passwordProblem(password: string, email: string): Localized | undefined {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    return {
      fr: `doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères`,
      en: `must be at least ${PASSWORD_MIN_LENGTH} characters long`,
    };
  }
  const lower = password.toLowerCase();
  const address = email.trim().toLowerCase();
  const local = address.split('@')[0] ?? '';
  if (address && (lower.includes(address) || (local.length >= 4 && lower.includes(local)))) {
    return {
      fr: 'ne doit pas contenir votre adresse e-mail',
      en: 'must not contain your e-mail address',
    };
  }
  if (isGuessable(password)) {
    return {
      fr: 'est trop courant ou trop facile à deviner : choisissez une phrase de passe plus personnelle',
      en: 'is too common or too easy to guess: choose a more personal passphrase',
    };
  }
  return undefined;
}
