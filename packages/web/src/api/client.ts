import { activeLanguage } from '../i18n/i18n';

export interface ErrorDetail {
  field: string;
  message: string;
  /** Business rule ID (BR-CO-10, CHORALE-SERVICE-REQUIRED), shown beside the field. */
  rule?: string;
}

/** The server's error body: one shape everywhere, `message` already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly reason: string | undefined,
    readonly details: ErrorDetail[],
    readonly requestId: string | undefined,
    readonly data: Record<string, unknown> | undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type UnauthenticatedHandler = () => void;
let onUnauthenticated: UnauthenticatedHandler | undefined;
type MaintenanceHandler = (error: ApiError) => void;
let onMaintenance: MaintenanceHandler | undefined;

/**
 * Sent on every request of the web app: the server tells the portal from API clients by it (during
 * maintenance the portal shows its maintenance page while the API keeps being served).
 */
export const PORTAL_HEADERS: Readonly<Record<string, string>> = { 'x-chorale-client': 'portal' };

/** A 503 with reason MAINTENANCE: the portal went into maintenance while the user was in it. */
export function isMaintenanceError(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 503 && error.reason === 'MAINTENANCE';
}

/** The maintenance layer decides what such an answer means for the interface (its page). */
export function setMaintenanceHandler(handler: MaintenanceHandler | undefined): void {
  onMaintenance = handler;
}

/** The session layer decides what a 401 means for the interface (back to the login page). */
export function setUnauthenticatedHandler(handler: UnauthenticatedHandler | undefined): void {
  onUnauthenticated = handler;
}

export interface RequestOptions {
  /** A 401 is an expected answer (login, the first "who am I"): no redirect. */
  allow401?: boolean;
  signal?: AbortSignal;
  /** Sent as `Idempotency-Key`: a retried or doubled request is done once. */
  idempotencyKey?: string;
}

function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const found = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return found ? decodeURIComponent(found.slice(prefix.length)) : undefined;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)
    : undefined;
}

function toApiError(status: number, body: unknown): ApiError {
  const b = asRecord(body) ?? {};
  const details = Array.isArray(b.details)
    ? b.details
        .map(asRecord)
        .filter((d): d is Record<string, unknown> => !!d)
        .map((d) => ({
          field: typeof d.field === 'string' ? d.field : '',
          message: typeof d.message === 'string' ? d.message : '',
          ...(typeof d.rule === 'string' ? { rule: d.rule } : {}),
        }))
    : [];
  const fallback =
    activeLanguage() === 'fr'
      ? `Le serveur a répondu ${status}. Réessayez dans un instant.`
      : `The server answered ${status}. Please try again in a moment.`;
  return new ApiError(
    status,
    typeof b.code === 'string' ? b.code : 'UNKNOWN',
    typeof b.message === 'string' ? b.message : fallback,
    typeof b.reason === 'string' ? b.reason : undefined,
    details,
    typeof b.requestId === 'string' ? b.requestId : undefined,
    asRecord(b.data),
  );
}

function networkError(): ApiError {
  const message =
    activeLanguage() === 'fr'
      ? 'Le serveur ne répond pas. Vérifiez votre connexion et réessayez.'
      : 'The server does not answer. Check your connection and try again.';
  return new ApiError(0, 'NETWORK', message, undefined, [], undefined, undefined);
}

/**
 * What an error answer means for the whole interface (back to login on 401, the maintenance page
 * on 503 MAINTENANCE); for requests sent without this helper too (uploads through XHR).
 */
export function signalApiError(error: ApiError, allow401 = false): void {
  if (error.status === 401 && !allow401) onUnauthenticated?.();
  if (isMaintenanceError(error)) onMaintenance?.(error);
}

/** A JSON call to the portal API (`/api/v1`), with the CSRF header on unsafe methods. */
export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    ...PORTAL_HEADERS,
    accept: 'application/json',
    'accept-language': activeLanguage(),
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  if (UNSAFE.has(method)) {
    const csrf = readCookie('chorale_csrf');
    if (csrf) headers['x-csrf-token'] = csrf;
  }
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (!response.ok) {
    const error = toApiError(response.status, parsed);
    signalApiError(error, options.allow401);
    throw error;
  }
  return parsed as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) =>
    apiRequest<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('POST', path, body ?? {}, options),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('PUT', path, body ?? {}, options),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>('PATCH', path, body ?? {}, options),
  delete: <T>(path: string, options?: RequestOptions) =>
    apiRequest<T>('DELETE', path, undefined, options),
};

/**
 * A multipart POST through XMLHttpRequest: fetch() reports no upload progress, and a large file
 * on a slow line needs one. Same headers and error handling as `apiRequest` (CSRF, language,
 * channel; 401 and maintenance signalled). `onProgress` gets the share sent, 0..1.
 */
export function uploadMultipart<T>(
  path: string,
  body: FormData,
  onProgress: (share: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1${path}`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', activeLanguage());
    for (const [name, value] of Object.entries(PORTAL_HEADERS)) xhr.setRequestHeader(name, value);
    const csrf = readCookie('chorale_csrf');
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let parsed: unknown = undefined;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        parsed = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(parsed as T);
        return;
      }
      const error = toApiError(xhr.status, parsed);
      signalApiError(error);
      reject(error);
    };
    xhr.onerror = () => reject(networkError());
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(body);
  });
}
