import { hashSecret, hashSecretAnswer } from '../auth/crypto';
import type { AppContext } from '../context';
import type { DemoCredential } from './demo';

/** Demo accounts: known credentials, printed at start-up and listed in the README. */
export const DEMO_ACCOUNTS = [
  {
    role: 'platform operator',
    email: 'operateur@chorale.localhost',
    password: 'Operateur-Demo-2026!',
    firstName: 'Olivia',
    lastName: 'Opératrice',
    isOperator: true,
    language: 'fr' as const,
  },
  {
    role: 'supplier user',
    email: 'marie.martin@demo.chorale.localhost',
    password: 'Fournisseur-Marie-2026!',
    firstName: 'Marie',
    lastName: 'Martin',
    isOperator: false,
    language: 'fr' as const,
  },
  {
    role: 'supplier user',
    email: 'paul.durand@demo.chorale.localhost',
    password: 'Fournisseur-Paul-2026!',
    firstName: 'Paul',
    lastName: 'Durand',
    isOperator: false,
    language: 'fr' as const,
  },
  {
    role: 'supplier user (English)',
    email: 'lea.bernard@demo.chorale.localhost',
    password: 'Supplier-Lea-2026!',
    firstName: 'Léa',
    lastName: 'Bernard',
    isOperator: false,
    language: 'en' as const,
  },
];

/** The secret answer of every demo account (question: "Nom du portail de démonstration ?"). */
export const DEMO_SECRET_ANSWER = 'chorale';

/** Creates the demo accounts, activated; argon2 hashes are computed in parallel. */
export async function seedDemoAccounts(ctx: AppContext): Promise<DemoCredential[]> {
  const hashed = await Promise.all(
    DEMO_ACCOUNTS.map(async (a) => ({
      ...a,
      passwordHash: await hashSecret(a.password),
      answerHash: await hashSecretAnswer(DEMO_SECRET_ANSWER),
    })),
  );
  const now = ctx.now();
  await ctx.db
    .insertInto('users')
    .values(
      hashed.map((a) => ({
        email: a.email,
        first_name: a.firstName,
        last_name: a.lastName,
        contact_email: a.email,
        language: a.language,
        status: 'active' as const,
        is_operator: a.isOperator,
        password_hash: a.passwordHash,
        password_changed_at: now,
        secret_question: 'Nom du portail de démonstration ?',
        secret_answer_hash: a.answerHash,
        activated_at: now,
        created_at: now,
        updated_at: now,
      })),
    )
    .onConflict((oc) => oc.column('email').doNothing())
    .execute();
  return DEMO_ACCOUNTS.map((a) => ({ role: a.role, email: a.email, password: a.password }));
}
