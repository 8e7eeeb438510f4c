import type { AppContext } from '../../context';
import { loadActor } from '../../db/queries/habilitation';
import { decide, type Action, type Actor, type Scope } from '../../domain/habilitation/policy';
import { AppError, notFound } from '../../errors';
import type { Executor } from '../../jobs/queue';

/** The authenticated caller as services receive it (from `requireUser`). */
export interface AuthUser {
  id: string;
  email: string;
  isOperator: boolean;
  language: 'fr' | 'en';
}

/**
 * Asks the policy and turns a refusal into the error the caller may see: NOT_FOUND when the
 * structure (or object) is not theirs to know of, FORBIDDEN when it is theirs but the act is not.
 */
export function authorize(actor: Actor, action: Action, scope: Scope = {}): void {
  const decision = decide(actor, action, scope);
  if (decision.allowed) return;
  if (decision.reason === 'hidden') throw notFound();
  throw new AppError(
    'FORBIDDEN',
    {
      fr: 'Vos habilitations ne permettent pas cette action.',
      en: 'Your habilitations do not allow this action.',
    },
    { reason: 'NOT_HABILITATED' },
  );
}

/** Loads the actor and checks in one go; returns the actor for later checks. */
export async function authorizeUser(
  db: Executor,
  user: AuthUser,
  action: Action,
  scope: Scope = {},
): Promise<Actor> {
  const actor = await loadActor(db, user);
  authorize(actor, action, scope);
  return actor;
}

/** Runs `work` in a transaction, then wakes the mail worker once committed. */
export async function inTransaction<T>(
  ctx: AppContext,
  work: (trx: Executor) => Promise<T>,
): Promise<T> {
  const result = await ctx.db.transaction().execute(work);
  ctx.worker.kick();
  return result;
}

export function portalUrl(ctx: AppContext, path = ''): string {
  return `${ctx.config.publicUrl}${path}`;
}
