import multipart from '@fastify/multipart';
import { Type } from 'typebox';
import type { AppContext } from '../../context';
import { invalidField } from '../../errors';
import { getDirectoryImport } from '../../services/get-directory-import';
import { requireOperator, startDirectoryImport } from '../../services/start-directory-import';
import type { App } from '../app';
import { requireUser } from '../auth';
import { DirectoryImportSchema, presentDirectoryImport } from '../presenters/directory';

/** The real annuaire is ~40 MB of CSV; leave room. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Operator: import the annuaire files (multipart) and follow the import. */
export function registerAdminDirectoryRoutes(app: App, ctx: AppContext): void {
  // Multipart is registered only in this scope: no other route accepts uploads by accident.
  void app.register(async (scope: App) => {
    await scope.register(multipart, {
      limits: { fileSize: MAX_FILE_BYTES, files: 2, fields: 5, parts: 7 },
    });
    scope.post(
      '/api/v1/admin/directory/imports',
      {
        schema: {
          tags: ['directory'],
          summary:
            'Operator: import the annuaire (multipart: `structures` file, optional `services` file)',
          description:
            'Runs in the background; follow it with GET /api/v1/admin/directory/imports/{id}. The structures file is the official `;` separated annuaire; re-importing updates, adds and deactivates (never deletes).',
          consumes: ['multipart/form-data'],
          response: { 202: Type.Object({ id: Type.Integer(), status: Type.Literal('queued') }) },
        },
      },
      async (request, reply) => {
        const user = requireUser(request);
        requireOperator(user);
        if (!request.isMultipart()) {
          throw invalidField('structures', {
            fr: 'envoyez les fichiers en multipart/form-data.',
            en: 'send the files as multipart/form-data.',
          });
        }
        const files: Record<string, { name: string; text: string }> = {};
        for await (const part of request.files()) {
          if (part.fieldname !== 'structures' && part.fieldname !== 'services') {
            throw invalidField(part.fieldname, {
              fr: 'champ inattendu (structures ou services).',
              en: 'unexpected field (structures or services).',
            });
          }
          const bytes = await part.toBuffer();
          files[part.fieldname] = { name: part.filename, text: bytes.toString('utf8') };
        }
        const structures = files.structures;
        if (!structures || structures.text.trim() === '') {
          throw invalidField('structures', {
            fr: 'le fichier des structures est obligatoire.',
            en: 'the structures file is required.',
          });
        }
        const id = await startDirectoryImport(ctx, user, {
          structuresFileName: structures.name,
          structuresCsv: structures.text,
          servicesFileName: files.services?.name ?? null,
          servicesCsv: files.services?.text ?? null,
        });
        return reply.status(202).send({ id, status: 'queued' as const });
      },
    );
  });

  app.get(
    '/api/v1/admin/directory/imports/:importId',
    {
      schema: {
        tags: ['directory'],
        summary: 'Operator: progress, counts and problems by line of a directory import',
        params: Type.Object({ importId: Type.Integer({ minimum: 1 }) }),
        response: { 200: DirectoryImportSchema },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const record = await getDirectoryImport(ctx, user, request.params.importId);
      return presentDirectoryImport(record, request.lang);
    },
  );
}
