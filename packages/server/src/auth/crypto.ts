import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify, type Options } from '@node-rs/argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): ~20 ms to verify on one core here.
// algorithm 2 is Argon2id (a const enum, which isolated modules cannot import).
const ARGON2: Options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** A random secret for a link or a cookie: 32 bytes, base64url (43 characters). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Only this digest of a link or session token is stored: a database leak gives no usable token. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function hashSecret(value: string): Promise<string> {
  return hash(value, ARGON2);
}

export async function verifySecret(stored: string | null, value: string): Promise<boolean> {
  if (!stored) {
    // Spend the same time as a real check, so timing does not tell whether an account exists.
    await verify(await dummyHash(), value).catch(() => false);
    return false;
  }
  return verify(stored, value).catch(() => false);
}

let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hash(randomToken(), ARGON2);
  return dummy;
}

/**
 * Secret answers are compared case-, accent- and spacing-insensitively: "Île de Ré " and
 * "ile de re" are the same answer.
 */
export function normalizeSecretAnswer(answer: string): string {
  return answer.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function hashSecretAnswer(answer: string): Promise<string> {
  return hashSecret(normalizeSecretAnswer(answer));
}

export function verifySecretAnswer(stored: string | null, answer: string): Promise<boolean> {
  return verifySecret(stored, normalizeSecretAnswer(answer));
}

/** E-mail addresses compare case-insensitively; the login e-mail is stored lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
