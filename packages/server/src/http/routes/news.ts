import { Type } from 'typebox';
import type { AppContext } from '../../context';
import { deleteNews, listNews, publishNews } from '../../services/news/manage-news';
import type { App } from '../app';
import { requireUser } from '../auth';
import { authenticate, Line, Uuid } from './structure-schemas';

const Localized = (maxLength: number) =>
  Type.Object({ fr: Line(maxLength), en: Line(maxLength) }, { additionalProperties: false });
const NewsSchema = Type.Object({
  id: Type.String(),
  publishedAt: Type.String({ format: 'date-time' }),
  title: Type.Object({ fr: Type.String(), en: Type.String() }),
  body: Type.Object({ fr: Type.String(), en: Type.String() }),
});

/** « Actualités »: the platform's news, written by the operator in French and English. */
export function registerNewsRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/news',
    {
      schema: {
        tags: ['platform'],
        summary: "The platform's latest news (public)",
        response: { 200: Type.Array(NewsSchema) },
      },
    },
    async () => listNews(ctx),
  );

  app.post(
    '/api/v1/operator/news',
    {
      preValidation: authenticate,
      schema: {
        tags: ['operator'],
        security: [{ session: [] }],
        summary: 'Publish a news item in French and English (operator)',
        body: Type.Object(
          { title: Localized(200), body: Localized(4000) },
          { additionalProperties: false },
        ),
        response: { 201: NewsSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await publishNews(ctx, requireUser(request), request.body)),
  );

  app.delete(
    '/api/v1/operator/news/:newsId',
    {
      preValidation: authenticate,
      schema: {
        tags: ['operator'],
        security: [{ session: [] }],
        summary: 'Remove a news item (operator)',
        params: Type.Object({ newsId: Uuid }, { additionalProperties: false }),
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await deleteNews(ctx, requireUser(request), request.params.newsId);
      return reply.status(204).send(null);
    },
  );
}
