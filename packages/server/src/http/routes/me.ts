import { Type } from 'typebox';
import type { AppContext } from '../../context';
import { findUserById } from '../../db/queries/users';
import type { App } from '../app';
import { csrfTokenOf, requireUser } from '../auth';
import { presentUser, UserSchema } from '../presenters/user';

/** The espace « Mon compte »: the caller's own account. */
export function registerMeRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/me',
    {
      schema: {
        tags: ['accounts'],
        summary: 'The logged-in user (with the CSRF token of the session, for a reloaded page)',
        response: { 200: Type.Intersect([UserSchema, Type.Object({ csrfToken: Type.String() })]) },
      },
    },
    async (request) => {
      const auth = requireUser(request);
      const user = await findUserById(ctx.db, auth.id);
      if (!user) throw new Error('session without user');
      return { ...presentUser(user), csrfToken: csrfTokenOf(request) ?? '' };
    },
  );
}
