import { Type } from 'typebox';
import type { AppContext } from '../../context';
import { localize } from '../../i18n/lang';
import { importLegacyAccounts } from '../../services/structures/import-legacy-accounts';
import type { App } from '../app';
import { requireUser } from '../auth';
import { authenticate } from './structure-schemas';

/** Arriving from a previous portal: the operator imports its accounts (CSV). */
export function registerLegacyImportRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/operator/legacy-imports',
    {
      preValidation: authenticate,
      schema: {
        tags: ['operator'],
        security: [{ session: [] }],
        summary:
          'Import the accounts of a previous portal (operator): `;` CSV with email, identifiant, role (principal/simple), optional type_identifiant and raison_sociale',
        description:
          'Each person receives one invitation mail; on sign-up with that e-mail, principal holders become principal manager of their structure (created if needed), others simple users with « Factures émises ». Importing twice invites no one twice; bad rows are reported by line and skipped.',
        body: Type.Object(
          { csv: Type.String({ minLength: 1, maxLength: 1_900_000 }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            rows: Type.Integer(),
            invited: Type.Integer(),
            alreadyInvited: Type.Integer(),
            structuresCreated: Type.Integer(),
            errors: Type.Array(
              Type.Object({ line: Type.Integer(), field: Type.String(), message: Type.String() }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const result = await importLegacyAccounts(ctx, requireUser(request), request.body.csv);
      return {
        ...result,
        errors: result.errors.map((e) => ({ ...e, message: localize(e.message, request.lang) })),
      };
    },
  );
}
