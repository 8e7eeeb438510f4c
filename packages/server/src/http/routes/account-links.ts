import { Type } from 'typebox';
import type { AppContext } from '../../context';
import { localize } from '../../i18n/lang';
import { activateAccount } from '../../services/activate-account';
import { checkActivationToken } from '../../services/check-activation-token';
import { checkRecoveryToken } from '../../services/check-recovery-token';
import { completeRecovery } from '../../services/complete-recovery';
import { confirmEmailChange } from '../../services/confirm-email-change';
import { RECOVERY_ANSWER, requestRecovery } from '../../services/request-recovery';
import { resendActivation } from '../../services/resend-activation';
import { SIGN_UP_ANSWER, signUp } from '../../services/sign-up';
import type { App } from '../app';
import { optionalUser, requestMeta, setSessionCookies } from '../auth';
import { presentUser, UserSchema } from '../presenters/user';
import {
  Email,
  Lang,
  Message,
  Password,
  SecretAnswer,
  SecretQuestion,
  Text,
  Token,
} from './account-schemas';

const TOKEN_ERRORS =
  '400 with reason TOKEN_INVALID (unknown or replaced by a newer link), TOKEN_EXPIRED or TOKEN_USED.';

/** Sign-up, activation, password recovery and e-mail confirmation: the routes behind mailed links. */
export function registerAccountLinkRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/auth/signup',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Create an account; the activation link is mailed to the login e-mail',
        description:
          'Same 202 answer whether or not the address already has an account (that address is then mailed a recovery link instead).',
        body: Type.Object(
          {
            email: Email,
            firstName: Text(100),
            lastName: Text(100),
            contactEmail: Type.Optional(Email),
            language: Type.Optional(Lang),
          },
          { additionalProperties: false },
        ),
        response: { 202: Message },
      },
    },
    async (request, reply) => {
      // Without an explicit choice, the account (and its mails) take the browser's language.
      const lang = request.body.language ?? request.lang;
      await signUp(ctx, { ...request.body, language: lang }, requestMeta(request));
      return reply.status(202).send({ message: localize(SIGN_UP_ANSWER, lang) });
    },
  );

  app.post(
    '/api/v1/auth/activation/resend',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Mail a new activation link (same answer whatever the address)',
        body: Type.Object({ email: Email }, { additionalProperties: false }),
        response: { 202: Message },
      },
    },
    async (request, reply) => {
      await resendActivation(ctx, request.body.email, requestMeta(request));
      return reply.status(202).send({ message: localize(SIGN_UP_ANSWER, request.lang) });
    },
  );

  app.get(
    '/api/v1/auth/activation/:token',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Check an activation link before showing the password form',
        description: TOKEN_ERRORS,
        params: Type.Object({ token: Token }),
        response: { 200: Type.Object({ email: Type.String(), firstName: Type.String() }) },
      },
    },
    async (request) => checkActivationToken(ctx, request.params.token),
  );

  app.post(
    '/api/v1/auth/activation',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Activate the account: password and secret question; logs the user in',
        description: `Password: at least 12 characters, not a common one, not containing the e-mail (400 reason PASSWORD_POLICY, field password). ${TOKEN_ERRORS}`,
        body: Type.Object(
          {
            token: Token,
            password: Password,
            secretQuestion: SecretQuestion,
            secretAnswer: SecretAnswer,
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ user: UserSchema, csrfToken: Type.String() }) },
      },
    },
    async (request, reply) => {
      const { user, session } = await activateAccount(ctx, request.body, {
        ...requestMeta(request),
        previousSessionId: optionalUser(request)?.sessionId,
      });
      setSessionCookies(reply, ctx, session);
      request.lang = user.language;
      return { user: presentUser(user), csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/recovery',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Mail a password-recovery link (same answer whatever the address)',
        body: Type.Object({ email: Email }, { additionalProperties: false }),
        response: { 202: Message },
      },
    },
    async (request, reply) => {
      await requestRecovery(ctx, request.body.email, requestMeta(request));
      return reply.status(202).send({ message: localize(RECOVERY_ANSWER, request.lang) });
    },
  );

  app.get(
    '/api/v1/auth/recovery/:token',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Check a recovery link; answers the secret question to ask',
        description: TOKEN_ERRORS,
        params: Type.Object({ token: Token }),
        response: { 200: Type.Object({ secretQuestion: Type.String() }) },
      },
    },
    async (request) => checkRecoveryToken(ctx, request.params.token),
  );

  app.post(
    '/api/v1/auth/recovery/complete',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Set a new password with the link and the secret answer; ends every session',
        description: `A wrong answer is 400 reason SECRET_ANSWER_INVALID and counts toward the lockout (429 ACCOUNT_LOCKED). ${TOKEN_ERRORS}`,
        body: Type.Object(
          { token: Token, secretAnswer: SecretAnswer, newPassword: Password },
          { additionalProperties: false },
        ),
        response: { 200: Message },
      },
    },
    async (request) => {
      await completeRecovery(ctx, request.body, requestMeta(request));
      return {
        message: localize(
          {
            fr: 'Votre mot de passe a été changé. Connectez-vous avec le nouveau.',
            en: 'Your password has been changed. Log in with the new one.',
          },
          request.lang,
        ),
      };
    },
  );

  app.post(
    '/api/v1/auth/email-change/confirm',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Confirm a new contact e-mail from the link mailed to it',
        description: TOKEN_ERRORS,
        body: Type.Object({ token: Token }, { additionalProperties: false }),
        response: { 200: Type.Object({ message: Type.String(), contactEmail: Type.String() }) },
      },
    },
    async (request) => {
      const { contactEmail } = await confirmEmailChange(
        ctx,
        request.body.token,
        requestMeta(request),
      );
      const message = localize(
        { fr: 'Votre adresse de contact est confirmée.', en: 'Your contact address is confirmed.' },
        request.lang,
      );
      return { message, contactEmail };
    },
  );
}
