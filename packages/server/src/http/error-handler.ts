import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, HTTP_STATUS, type ErrorDetail } from '../errors';
import { localize } from '../i18n/lang';
import { describeIssue, fieldOf } from './validation-messages';

export interface ErrorBody {
  code: string;
  reason?: string;
  message: string;
  details: Array<Omit<ErrorDetail, 'message'> & { message: string }>;
  requestId: string;
  data?: Record<string, unknown>;
}

function fromFastifyError(error: FastifyError): AppError | undefined {
  if (error.validation) {
    const details: ErrorDetail[] = error.validation.map((issue) => {
      const field = fieldOf(issue, error.validationContext ?? 'body');
      return { field, message: describeIssue(issue) };
    });
    const first = details[0];
    const message = first
      ? { fr: `${first.field} : ${first.message.fr}`, en: `${first.field}: ${first.message.en}` }
      : { fr: 'Requête invalide.', en: 'Invalid request.' };
    return new AppError('INVALID_REQUEST', message, { field: first?.field, details });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', {
        fr: 'Le contenu envoyé est trop volumineux.',
        en: 'The request body is too large.',
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(
        'INVALID_REQUEST',
        { fr: 'Type de contenu non accepté.', en: 'Unsupported content type.' },
        { reason: 'UNSUPPORTED_MEDIA_TYPE' },
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError(
        'INVALID_REQUEST',
        {
          fr: "Le corps de la requête n'est pas un JSON valide.",
          en: 'The request body is not valid JSON.',
        },
        { reason: 'MALFORMED_JSON' },
      );
    default:
      break;
  }
  if (error instanceof SyntaxError && error.statusCode === 400) {
    return new AppError(
      'INVALID_REQUEST',
      {
        fr: "Le corps de la requête n'est pas un JSON valide.",
        en: 'The request body is not valid JSON.',
      },
      { reason: 'MALFORMED_JSON' },
    );
  }
  if (error.statusCode === 413) {
    return new AppError('PAYLOAD_TOO_LARGE', {
      fr: 'Le contenu envoyé est trop volumineux.',
      en: 'The request body is too large.',
    });
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError(
      'INVALID_REQUEST',
      { fr: 'Requête invalide.', en: 'Invalid request.' },
      { reason: error.code },
    );
  }
  return undefined;
}

export function renderError(error: AppError, request: FastifyRequest): ErrorBody {
  const lang = request.lang;
  return {
    code: error.code,
    ...(error.reason ? { reason: error.reason } : {}),
    message: localize(error.localized, lang),
    details: error.details.map((d) => ({ ...d, message: localize(d.message, lang) })),
    requestId: request.id,
    ...(error.data ? { data: error.data } : {}),
  };
}

/** The one error handler: application errors keep their code, anything else is a logged 500. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((raw: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const error = raw instanceof AppError ? raw : fromFastifyError(raw);
    if (!error) {
      request.log.error({ err: raw }, 'unexpected error');
      const internal = new AppError('INTERNAL', {
        fr: 'Une erreur inattendue est survenue. Réessayez plus tard ou communiquez cet identifiant au support.',
        en: 'An unexpected error occurred. Try again later or give this identifier to support.',
      });
      return reply
        .status(500)
        .type('application/problem+json')
        .send(renderError(internal, request));
    }
    if (error.retryAfter !== undefined) void reply.header('retry-after', String(error.retryAfter));
    const status = HTTP_STATUS[error.code];
    if (status >= 500) request.log.error({ err: raw }, error.message);
    return reply.status(status).type('application/problem+json').send(renderError(error, request));
  });

  app.setNotFoundHandler((request, reply) => {
    const error = new AppError(
      'NOT_FOUND',
      {
        fr: "Cette adresse n'existe pas.",
        en: 'No such address.',
      },
      { reason: 'ROUTE_NOT_FOUND' },
    );
    return reply.status(404).type('application/problem+json').send(renderError(error, request));
  });
}
