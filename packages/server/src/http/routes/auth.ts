import { Type } from 'typebox';
import type { AppContext } from '../../context';
import { logIn } from '../../services/log-in';
import { logOut } from '../../services/log-out';
import type { App } from '../app';
import { clearSessionCookies, optionalUser, requestMeta, setSessionCookies } from '../auth';
import { presentUser, UserSchema } from '../presenters/user';
import { Email, Password } from './account-schemas';

/** Log in and out. */
export function registerAuthRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Log in with e-mail and password (and the second factor when enabled)',
        description:
          'Sets the session cookie (HttpOnly) and the `chorale_csrf` cookie; send its value in `x-csrf-token` on every state-changing request. 401 reasons: INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID; 429: ACCOUNT_LOCKED (data.lockedUntil) or RATE_LIMITED, with Retry-After; 403: ACCOUNT_NOT_ACTIVE.',
        body: Type.Object(
          {
            email: Email,
            password: Password,
            totpCode: Type.Optional(Type.String({ maxLength: 32 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ user: UserSchema, csrfToken: Type.String() }) },
      },
    },
    async (request, reply) => {
      const { user, session } = await logIn(ctx, request.body, {
        ...requestMeta(request),
        previousSessionId: optionalUser(request)?.sessionId,
      });
      setSessionCookies(reply, ctx, session);
      request.lang = user.language;
      return { user: presentUser(user), csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Log out: ends this session and clears the cookies',
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const user = optionalUser(request);
      await logOut(
        ctx,
        user && { userId: user.id, sessionId: user.sessionId },
        requestMeta(request),
      );
      clearSessionCookies(reply, ctx);
      return reply.status(204).send(null);
    },
  );
}
