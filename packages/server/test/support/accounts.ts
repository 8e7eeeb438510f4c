import { randomBytes } from 'node:crypto';
import { hashSecret, hashSecretAnswer } from '../../src/auth/crypto';
import type { TestEnv } from './app';

export const DEFAULT_PASSWORD = 'Un-mot-de-passe-solide-42';

export interface CreatedUser {
  id: string;
  email: string;
  password: string;
}

export interface CreateUserOptions {
  email?: string;
  password?: string;
  firstName?: string;
  lastName?: string;
  contactEmail?: string;
  language?: 'fr' | 'en';
  isOperator?: boolean;
  status?: 'pending' | 'active' | 'disabled';
  secretQuestion?: string;
  secretAnswer?: string;
}

/**
 * An activated user straight in the database (no mail round trip), ready for `loginAs`.
 * Every option has a default; the e-mail is unique per call.
 */
export async function createUser(
  env: TestEnv,
  options: CreateUserOptions = {},
): Promise<CreatedUser> {
  const email = (
    options.email ?? `user-${randomBytes(4).toString('hex')}@example.fr`
  ).toLowerCase();
  const password = options.password ?? DEFAULT_PASSWORD;
  const now = env.ctx.now();
  const [passwordHash, answerHash] = await Promise.all([
    hashSecret(password),
    hashSecretAnswer(options.secretAnswer ?? 'Rantanplan'),
  ]);
  const row = await env.ctx.db
    .insertInto('users')
    .values({
      email,
      first_name: options.firstName ?? 'Camille',
      last_name: options.lastName ?? 'Test',
      contact_email: options.contactEmail ?? email,
      language: options.language ?? 'fr',
      status: options.status ?? 'active',
      is_operator: options.isOperator ?? false,
      password_hash: passwordHash,
      password_changed_at: now,
      secret_question: options.secretQuestion ?? 'Nom de mon premier chien ?',
      secret_answer_hash: answerHash,
      activated_at: now,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, email, password };
}

export interface TestSession {
  /** Value for the `cookie` header (session and CSRF cookies). */
  cookie: string;
  csrfToken: string;
  /** Ready-made headers for `inject`: cookie and `x-csrf-token`. */
  headers: Record<string, string>;
  userId: string;
}

/** Logs in through POST /api/v1/auth/login, as the web front end does. */
export async function loginAs(
  env: TestEnv,
  email: string,
  password: string = DEFAULT_PASSWORD,
  totpCode?: string,
): Promise<TestSession> {
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password, ...(totpCode ? { totpCode } : {}) },
  });
  if (res.statusCode !== 200)
    throw new Error(`login as ${email} failed: ${res.statusCode} ${res.body}`);
  return sessionFrom(res);
}

/** The session set by a response that logs in (login, activation). */
export function sessionFrom(res: {
  cookies: Array<{ name: string; value: string }>;
  json: <T>() => T;
}): TestSession {
  const cookie = res.cookies
    .filter((c) => c.value !== '')
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
  const csrfToken = res.cookies.find((c) => c.name === 'chorale_csrf')?.value ?? '';
  const body = res.json<{ user: { id: string } }>();
  return {
    cookie,
    csrfToken,
    headers: { cookie, 'x-csrf-token': csrfToken },
    userId: body.user.id,
  };
}
