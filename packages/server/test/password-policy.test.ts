import { describe, expect, it } from 'vitest';
import { normalizeSecretAnswer } from '../src/auth/crypto';
import { passwordProblem } from '../src/domain/password-policy';

const EMAIL = 'marie.martin@example.fr';

describe('password policy', () => {
  it.each([
    ['short', 'Abc-def-123'],
    ['common, padded with digits', 'password1234'],
    ['common, capitalised and decorated', 'Password1234!'],
    ['French common', 'motdepasse123'],
    ['leet of a common word', 'P4ssw0rd2026'],
    ['a run of digits', '123456789012'],
    ['a run of letters', 'abcdefghijklmn'],
    ['a repeated character', 'aaaaaaaaaaaaaa'],
    ['a repeated word', 'azerazerazer'],
    ['an AZERTY walk', 'azertyuiopqs'],
    ['a QWERTY walk', 'qwertyuiopasdf'],
    ['the e-mail itself', 'marie.martin@example.fr'],
    ['the e-mail, other case', 'MARIE.MARTIN@EXAMPLE.FR!'],
    ['the e-mail local part', 'marie.martin-2026'],
  ])('refuses %s (%s)', (_why, password) => {
    expect(passwordProblem(password, EMAIL)).toBeDefined();
  });

  it.each([
    'Un-mot-de-passe-solide-42',
    'correct horse battery staple',
    'Fournisseur-Marie-2026!',
    'Éléphant rose à Périgueux',
    'x7#Kq9!mZ2@p',
  ])('accepts %s', (password) => {
    expect(passwordProblem(password, EMAIL)).toBeUndefined();
  });

  it('explains in both languages', () => {
    expect(passwordProblem('court', EMAIL)).toEqual({
      fr: 'doit contenir au moins 12 caractères',
      en: 'must be at least 12 characters long',
    });
  });
});

describe('secret answers', () => {
  it('ignore case, accents and spacing', () => {
    expect(normalizeSecretAnswer('  Île   de RÉ ')).toBe('ile de re');
    expect(normalizeSecretAnswer('Ça\tva')).toBe('ca va');
  });
});
