import { Type } from 'typebox';
import type { AppContext } from '../../context';
import { findUserById } from '../../db/queries/users';
import { changePassword } from '../../services/change-password';
import { changeSecret } from '../../services/change-secret';
import { requestContactEmailChange } from '../../services/request-contact-email-change';
import { updateProfile } from '../../services/update-profile';
import { localize } from '../../i18n/lang';
import type { App } from '../app';
import { csrfTokenOf, requestMeta, requireUser } from '../auth';
import { presentUser, UserSchema } from '../presenters/user';
import {
  Email,
  Lang,
  Message,
  NoContent,
  NullableText,
  Password,
  SecretAnswer,
  SecretQuestion,
  Text,
} from './account-schemas';

/** The espace « Mon compte »: profile, contact e-mail, password, secret question. */
export function registerMeRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/me',
    {
      schema: {
        tags: ['accounts'],
        security: [{ session: [] }],
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

  app.patch(
    '/api/v1/me',
    {
      schema: {
        tags: ['accounts'],
        security: [{ session: [] }],
        summary: 'Change name, postal address, language or notifications (fields given only)',
        body: Type.Object(
          {
            firstName: Type.Optional(Text(100)),
            lastName: Type.Optional(Text(100)),
            address: Type.Optional(
              Type.Object(
                {
                  line1: Type.Optional(NullableText(200)),
                  line2: Type.Optional(NullableText(200)),
                  postalCode: Type.Optional(NullableText(20)),
                  city: Type.Optional(NullableText(100)),
                  country: Type.Optional(NullableText(100)),
                },
                { additionalProperties: false },
              ),
            ),
            language: Type.Optional(Lang),
            notificationsEnabled: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ user: UserSchema }) },
      },
    },
    async (request) => {
      const user = await updateProfile(ctx, requireUser(request), request.body);
      request.lang = user.language;
      return { user: presentUser(user) };
    },
  );

  app.post(
    '/api/v1/me/contact-email',
    {
      schema: {
        tags: ['accounts'],
        security: [{ session: [] }],
        summary: 'Change the contact e-mail: a confirmation link goes to the new address',
        body: Type.Object({ contactEmail: Email }, { additionalProperties: false }),
        response: { 202: Message },
      },
    },
    async (request, reply) => {
      const auth = requireUser(request);
      await requestContactEmailChange(ctx, auth, request.body.contactEmail, requestMeta(request));
      const message = localize(
        {
          fr: 'Un lien de confirmation a été envoyé à la nouvelle adresse (valable 24 heures).',
          en: 'A confirmation link has been sent to the new address (valid 24 hours).',
        },
        request.lang,
      );
      return reply.status(202).send({ message });
    },
  );

  app.post(
    '/api/v1/me/password',
    {
      schema: {
        tags: ['accounts'],
        security: [{ session: [] }],
        summary: 'Change the password (current one required); ends the other sessions',
        description:
          '400 WRONG_PASSWORD (field currentPassword, counts toward the lockout) or PASSWORD_POLICY (field newPassword).',
        body: Type.Object(
          { currentPassword: Password, newPassword: Password },
          { additionalProperties: false },
        ),
        response: NoContent,
      },
    },
    async (request, reply) => {
      await changePassword(ctx, requireUser(request), request.body, requestMeta(request));
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/v1/me/secret',
    {
      schema: {
        tags: ['accounts'],
        security: [{ session: [] }],
        summary: 'Change the secret question and its answer (password required)',
        body: Type.Object(
          { currentPassword: Password, secretQuestion: SecretQuestion, secretAnswer: SecretAnswer },
          { additionalProperties: false },
        ),
        response: NoContent,
      },
    },
    async (request, reply) => {
      await changeSecret(ctx, requireUser(request), request.body, requestMeta(request));
      return reply.status(204).send(null);
    },
  );
}
