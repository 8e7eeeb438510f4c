import type { FastifyReply, FastifyRequest } from 'fastify';
import { safeEqual, sha256 } from '../auth/crypto';
import type { RequestMeta } from '../auth/sessions';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Lang } from '../i18n/lang';
import type { App } from './app';

/**
 * The authenticated caller, as every business route sees it. Loaded once per request from the
 * session cookie by the hook installed in `installAuth`.
 */
export interface AuthUser {
  id: string;
  /** Login e-mail (the identifier), lower-cased. */
  email: string;
  firstName: string;
  lastName: string;
  language: Lang;
  /** Platform operator (administrator of the portal). */
  isOperator: boolean;
  /** The session this request runs in (to exclude or end it). */
  sessionId: string;
}

interface AuthState {
  user: AuthUser;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth hook when the request carries a valid session; use requireUser/optionalUser. */
    auth: AuthState | undefined;
    /** Why a session cookie was not accepted (reported as the 401 reason). */
    authProblem: 'SESSION_EXPIRED' | undefined;
  }
}

/** The session cookie: HttpOnly, SameSite=Lax; `__Host-` prefixed when cookies are Secure. */
export function sessionCookieName(ctx: AppContext): string {
  return ctx.config.secureCookies ? '__Host-chorale_session' : 'chorale_session';
}
/** Readable by the front end, which echoes it in `x-csrf-token` (double submit). */
export const CSRF_COOKIE = 'chorale_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Writing last_seen_at on every request would double the writes; a minute is precise enough.
const TOUCH_EVERY_MS = 60_000;

/**
 * The authenticated user, or UNAUTHENTICATED (401; reason SESSION_EXPIRED when the cookie named a
 * session that has ended). Call it first in every route that needs a user.
 */
export function requireUser(request: FastifyRequest): AuthUser {
  if (request.auth) return request.auth.user;
  throw new AppError(
    'UNAUTHENTICATED',
    request.authProblem === 'SESSION_EXPIRED'
      ? {
          fr: 'Votre session a expiré. Connectez-vous de nouveau.',
          en: 'Your session has expired. Please log in again.',
        }
      : { fr: 'Vous devez être connecté.', en: 'You must be logged in.' },
    { reason: request.authProblem ?? 'UNAUTHENTICATED' },
  );
}

/**
 * The authenticated user when they are a platform operator; otherwise UNAUTHENTICATED (no session)
 * or FORBIDDEN (reason OPERATOR_ONLY).
 */
export function requireOperator(request: FastifyRequest): AuthUser {
  const user = requireUser(request);
  if (user.isOperator) return user;
  throw new AppError(
    'FORBIDDEN',
    {
      fr: 'Réservé aux opérateurs de la plateforme.',
      en: 'Reserved for platform operators.',
    },
    { reason: 'OPERATOR_ONLY' },
  );
}

/** The authenticated user when there is one (for routes that also answer anonymous callers). */
export function optionalUser(request: FastifyRequest): AuthUser | undefined {
  return request.auth?.user;
}

/** The session's CSRF token (to hand it back to the front end, e.g. after a reload). */
export function csrfTokenOf(request: FastifyRequest): string | undefined {
  return request.auth?.csrfToken;
}

/** Caller's address and browser, for sessions and the security journal. */
export function requestMeta(request: FastifyRequest): RequestMeta {
  const agent = request.headers['user-agent'];
  return { ip: request.ip, userAgent: typeof agent === 'string' ? agent : null };
}

/** Sets the session and CSRF cookies after a login (session first: scripts read the first one). */
export function setSessionCookies(
  reply: FastifyReply,
  ctx: AppContext,
  session: { token: string; csrfToken: string },
): void {
  const secure = ctx.config.secureCookies;
  void reply.setCookie(sessionCookieName(ctx), session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
  });
  void reply.setCookie(CSRF_COOKIE, session.csrfToken, {
    httpOnly: false,
    sameSite: 'lax',
    secure,
    path: '/',
  });
}

export function clearSessionCookies(reply: FastifyReply, ctx: AppContext): void {
  const secure = ctx.config.secureCookies;
  void reply.clearCookie(sessionCookieName(ctx), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
  });
  void reply.clearCookie(CSRF_COOKIE, { path: '/', sameSite: 'lax', secure });
}

function originOf(value: string): string | undefined {
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
}

function isAllowedOrigin(request: FastifyRequest, ctx: AppContext, origin: string): boolean {
  const given = originOf(origin);
  if (!given) return false;
  const allowed = [
    originOf(ctx.config.publicUrl),
    originOf(`${request.protocol}://${request.host}`),
    typeof request.headers.host === 'string'
      ? originOf(`${request.protocol}://${request.headers.host}`)
      : undefined,
  ];
  return allowed.includes(given);
}

function csrfOrigin(): AppError {
  return new AppError(
    'FORBIDDEN',
    {
      fr: 'Requête refusée : elle ne vient pas du portail.',
      en: 'Request refused: it does not come from the portal.',
    },
    { reason: 'CSRF_ORIGIN' },
  );
}

/**
 * CSRF defence for browser requests to the portal API (ASVS 3.5). With a session: the
 * `x-csrf-token` header must equal the session's token (a cross-site page cannot read it). Without
 * one (sign-up, login, recovery): the body must be JSON, which a cross-site HTML form cannot send
 * and which `fetch` cannot send cross-site without a CORS pre-flight we never grant. A foreign
 * `Origin` is refused in both cases. Callers without a session but with an `Authorization` header
 * (API clients) carry no ambient credential and are not concerned.
 */
function checkCsrf(request: FastifyRequest, ctx: AppContext): void {
  if (!STATE_CHANGING.has(request.method) || !request.url.startsWith('/api/v1/')) return;
  if (!request.auth && request.headers.authorization !== undefined) return;
  const origin = request.headers.origin;
  if (origin !== undefined && !isAllowedOrigin(request, ctx, origin)) throw csrfOrigin();
  if (request.auth) {
    const header = request.headers[CSRF_HEADER];
    if (typeof header !== 'string' || !safeEqual(header, request.auth.csrfToken)) {
      throw new AppError(
        'FORBIDDEN',
        {
          fr: 'Requête refusée : jeton anti-falsification absent ou invalide. Rechargez la page.',
          en: 'Request refused: missing or invalid anti-forgery token. Reload the page.',
        },
        { reason: 'CSRF_TOKEN_INVALID' },
      );
    }
    return;
  }
  const type = request.headers['content-type'];
  const hasBody =
    Number(request.headers['content-length'] ?? 0) > 0 ||
    request.headers['transfer-encoding'] !== undefined;
  if (type !== undefined ? !/^application\/json\s*(;|$)/i.test(type) : hasBody) throw csrfOrigin();
}

async function loadSession(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: AppContext,
  token: string,
): Promise<void> {
  const row = await ctx.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as session_id',
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id',
      'users.email',
      'users.first_name',
      'users.last_name',
      'users.language',
      'users.is_operator',
      'users.status',
    ])
    .where('sessions.token_hash', '=', sha256(token))
    .executeTakeFirst();
  const now = ctx.now().getTime();
  const idleMs = ctx.config.sessionIdleMinutes * 60_000;
  const ended =
    !row ||
    row.status !== 'active' ||
    now >= new Date(row.expires_at).getTime() ||
    now - new Date(row.last_seen_at).getTime() > idleMs;
  if (ended) {
    if (row) await ctx.db.deleteFrom('sessions').where('id', '=', row.session_id).execute();
    request.authProblem = 'SESSION_EXPIRED';
    clearSessionCookies(reply, ctx);
    return;
  }
  if (now - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
    await ctx.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now) })
      .where('id', '=', row.session_id)
      .execute();
  }
  request.auth = {
    csrfToken: row.csrf_token,
    user: {
      id: row.id,
      email: row.email,
      firstName: row.first_name,
      lastName: row.last_name,
      language: row.language,
      isOperator: row.is_operator,
      sessionId: row.session_id,
    },
  };
  request.lang = row.language;
}

/**
 * Installs session loading and CSRF checks on every request. Must be called after the cookie
 * plugin is registered and before the routes.
 */
export function installAuth(app: App, ctx: AppContext): void {
  app.decorateRequest('auth', undefined);
  app.decorateRequest('authProblem', undefined);
  app.addHook('onRequest', async (request, reply) => {
    const token =
      request.cookies[sessionCookieName(ctx)] ?? request.cookies.chorale_session ?? undefined;
    if (token) await loadSession(request, reply, ctx, token);
    checkCsrf(request, ctx);
  });
}
