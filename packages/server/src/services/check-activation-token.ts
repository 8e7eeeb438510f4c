import { checkToken } from '../auth/tokens';
import type { AppContext } from '../context';
import { findUserById } from '../db/queries/users';

/** What the activation page shows before the user chooses a password. */
export async function checkActivationToken(
  ctx: AppContext,
  token: string,
): Promise<{ email: string; firstName: string }> {
  const row = await checkToken(ctx.db, ctx, token, 'activation');
  const user = await findUserById(ctx.db, row.user_id);
  if (!user) throw new Error('token without user');
  return { email: user.email, firstName: user.first_name };
}
