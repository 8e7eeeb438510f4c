import type { AppContext } from '../context';
import type { TokenPurpose } from '../db/tables/accounts';
import { AppError } from '../errors';
import type { Executor } from '../jobs/queue';
import { randomToken, sha256 } from './crypto';

/** How long each kind of e-mailed link stays valid. */
export const TOKEN_TTL_MINUTES: Record<TokenPurpose, number> = {
  activation: 60,
  recovery: 30,
  email_change: 24 * 60,
};

const LINK_PATH: Record<TokenPurpose, string> = {
  activation: 'activation',
  recovery: 'recovery',
  email_change: 'email-change',
};

/** The front-end page that opens a link (the page then calls the API). */
export function linkFor(ctx: AppContext, purpose: TokenPurpose, token: string): string {
  return `${ctx.config.publicUrl}/${LINK_PATH[purpose]}/${token}`;
}

/**
 * Issues a single-use link token; only its SHA-256 is stored. Earlier unused tokens of the same
 * purpose are withdrawn: only the newest link works.
 */
export async function issueToken(
  db: Executor,
  ctx: AppContext,
  userId: string,
  purpose: TokenPurpose,
  newEmail?: string,
): Promise<string> {
  const token = randomToken();
  const now = ctx.now();
  await db
    .deleteFrom('user_tokens')
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
  await db
    .insertInto('user_tokens')
    .values({
      user_id: userId,
      purpose,
      token_hash: sha256(token),
      new_email: newEmail ?? null,
      expires_at: new Date(now.getTime() + TOKEN_TTL_MINUTES[purpose] * 60_000),
      created_at: now,
    })
    .execute();
  return token;
}

function tokenError(reason: 'TOKEN_INVALID' | 'TOKEN_EXPIRED' | 'TOKEN_USED'): AppError {
  const messages = {
    TOKEN_INVALID: {
      fr: "Ce lien n'est pas valide (ou un lien plus récent l'a remplacé).",
      en: 'This link is not valid (or a newer link replaced it).',
    },
    TOKEN_EXPIRED: {
      fr: 'Ce lien a expiré. Demandez-en un nouveau.',
      en: 'This link has expired. Ask for a new one.',
    },
    TOKEN_USED: {
      fr: 'Ce lien a déjà été utilisé.',
      en: 'This link has already been used.',
    },
  };
  return new AppError('INVALID_REQUEST', messages[reason], {
    reason,
    field: 'token',
    details: [{ field: 'token', message: messages[reason] }],
  });
}

export interface TokenRow {
  id: number;
  user_id: string;
  new_email: string | null;
}

/** The token's row when it is valid for `purpose`; else TOKEN_INVALID, TOKEN_EXPIRED or TOKEN_USED. */
export async function checkToken(
  db: Executor,
  ctx: AppContext,
  token: string,
  purpose: TokenPurpose,
): Promise<TokenRow> {
  const row = await db
    .selectFrom('user_tokens')
    .select(['id', 'user_id', 'new_email', 'expires_at', 'used_at'])
    .where('token_hash', '=', sha256(token))
    .where('purpose', '=', purpose)
    .executeTakeFirst();
  if (!row) throw tokenError('TOKEN_INVALID');
  if (row.used_at) throw tokenError('TOKEN_USED');
  if (new Date(row.expires_at).getTime() <= ctx.now().getTime()) throw tokenError('TOKEN_EXPIRED');
  return row;
}

/** Marks the token used; a concurrent use of the same link loses with TOKEN_USED. */
export async function consumeToken(db: Executor, ctx: AppContext, id: number): Promise<void> {
  const result = await db
    .updateTable('user_tokens')
    .set({ used_at: ctx.now() })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw tokenError('TOKEN_USED');
}
