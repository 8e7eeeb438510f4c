import { Type } from 'typebox';
import type { AppContext } from '../../context';
import {
  listNotifications,
  markNotificationsRead,
} from '../../services/notifications/list-notifications';
import type { App } from '../app';
import { requireUser } from '../auth';
import { authenticate } from './structure-schemas';

const tags = ['notifications'];
const security = [{ session: [] }];

const NotificationSchema = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  invoiceId: Type.Union([Type.String(), Type.Null()]),
  title: Type.Object({ fr: Type.String(), en: Type.String() }),
  readAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});

/** In-app notifications (invoice status changes), the caller's own. */
export function registerNotificationRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/me/notifications',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Your in-app notifications, newest first',
        response: { 200: Type.Array(NotificationSchema) },
      },
    },
    async (request) => listNotifications(ctx, requireUser(request)),
  );
  app.post(
    '/api/v1/me/notifications/read',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Mark all your notifications read',
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await markNotificationsRead(ctx, requireUser(request));
      return reply.status(204).send(null);
    },
  );
}
