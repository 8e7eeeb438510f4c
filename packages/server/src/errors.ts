import type { Localized } from './i18n/lang';

/**
 * The application's one error type. Domain and services throw it; the HTTP error handler maps its
 * code to a status through `HTTP_STATUS` and renders the message in the caller's language.
 */
export type ErrorCode =
  /** Input does not satisfy a schema or a business rule; `field` names it. */
  | 'INVALID_REQUEST'
  /** No valid session or credentials. */
  | 'UNAUTHENTICATED'
  /** Authenticated but not allowed; only for objects the caller may see (others answer NOT_FOUND). */
  | 'FORBIDDEN'
  /** Missing, or not visible to the caller (never reveals that another structure's object exists). */
  | 'NOT_FOUND'
  /** The request conflicts with the current state (duplicate, already used, wrong status). */
  | 'CONFLICT'
  /** Unprocessable content: the body is well-formed but its meaning is refused (e.g. idempotency key reused with other content). */
  | 'UNPROCESSABLE'
  /** Too many requests, a lockout, or a size limit. */
  | 'LIMIT_EXCEEDED'
  /** Too large a payload. */
  | 'PAYLOAD_TOO_LARGE'
  /** The portal is in maintenance. */
  | 'UNAVAILABLE'
  /** Unexpected failure; details are logged, never sent. */
  | 'INTERNAL';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  INVALID_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNPROCESSABLE: 422,
  LIMIT_EXCEEDED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export interface ErrorDetail {
  /** Path of the offending field (`contactEmail`, `lines[2].quantity`). */
  field?: string;
  /** Business rule: EN 16931 ID (BR-CO-10) or a portal rule (CHORALE-SERVICE-REQUIRED). */
  rule?: string;
  /** Where in a document (XPath) the rule applies. */
  location?: string;
  value?: string;
  message: Localized;
}

export interface AppErrorOptions {
  /** A finer, stable reason code (ACCOUNT_LOCKED, TOKEN_EXPIRED, ...). */
  reason?: string;
  field?: string;
  details?: ErrorDetail[];
  /** Seconds after which a retry may succeed (sent as `Retry-After`). */
  retryAfter?: number;
  /** Extra, non-sensitive data for the client. */
  data?: Record<string, unknown>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly localized: Localized;
  readonly reason: string | undefined;
  readonly field: string | undefined;
  readonly details: ErrorDetail[];
  readonly retryAfter: number | undefined;
  readonly data: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: Localized, options: AppErrorOptions = {}) {
    super(message.en, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.localized = message;
    this.reason = options.reason;
    this.field = options.field;
    this.details = options.details ?? [];
    this.retryAfter = options.retryAfter;
    this.data = options.data;
  }
}

export function notFound(what: Localized = { fr: 'Introuvable.', en: 'Not found.' }): AppError {
  return new AppError('NOT_FOUND', what);
}

export function invalidField(field: string, message: Localized, reason?: string): AppError {
  const text = { fr: `${field} : ${message.fr}`, en: `${field}: ${message.en}` };
  return new AppError('INVALID_REQUEST', text, {
    field,
    reason,
    details: [{ field, message }],
  });
}
