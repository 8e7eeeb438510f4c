import multipart from '@fastify/multipart';
import { Type } from 'typebox';
import type { AppContext } from '../../context';
import { ATTACHMENT_MAX_BYTES } from '../../domain/invoices/attachment-types';
import { AppError, invalidField } from '../../errors';
import {
  deleteLibraryAttachment,
  listAttachmentLibrary,
  uploadAttachment,
} from '../../services/attachments/upload-attachment';
import type { App } from '../app';
import { requireUser } from '../auth';
import { AttachmentSchema } from './invoice-schemas';
import { authenticate } from './structure-schemas';

const tags = ['attachments'];
const security = [{ session: [] }];

/** Attachments (pièces jointes): uploads for invoices and the library of « Mon compte ». */
export function registerAttachmentRoutes(app: App, ctx: AppContext): void {
  void app.register(async (scope: App) => {
    // One byte over the limit so an oversized file is detected rather than silently truncated.
    await scope.register(multipart, {
      limits: { fileSize: ATTACHMENT_MAX_BYTES + 1, files: 1, fields: 3, parts: 4 },
    });
    scope.post(
      '/api/v1/attachments',
      {
        schema: {
          tags,
          security,
          summary:
            'Upload an attachment (multipart: `file`, `designation`, `library`=true to keep it in « Mon compte »)',
          consumes: ['multipart/form-data'],
          response: { 201: AttachmentSchema },
        },
      },
      async (request, reply) => {
        const user = requireUser(request);
        if (!request.isMultipart()) {
          throw invalidField('file', {
            fr: 'envoyez le fichier en multipart/form-data.',
            en: 'send the file as multipart/form-data.',
          });
        }
        let file: { name: string; bytes: Buffer; truncated: boolean } | undefined;
        const fields: Record<string, string> = {};
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            if (part.fieldname !== 'file')
              throw invalidField(part.fieldname, {
                fr: 'champ inattendu.',
                en: 'unexpected field.',
              });
            const bytes = await part.toBuffer().catch((error: unknown) => {
              if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
                throw new AppError(
                  'PAYLOAD_TOO_LARGE',
                  {
                    fr: 'Une pièce jointe ne dépasse pas 10 Mo.',
                    en: 'An attachment may not exceed 10 MB.',
                  },
                  { reason: 'FILE_TOO_LARGE', field: 'file' },
                );
              }
              throw error;
            });
            file = { name: part.filename, bytes, truncated: part.file.truncated };
          } else {
            fields[part.fieldname] = String(part.value);
          }
        }
        if (!file)
          throw invalidField('file', {
            fr: 'le fichier est obligatoire.',
            en: 'the file is required.',
          });
        const view = await uploadAttachment(ctx, user, {
          fileName: file.name,
          bytes: file.bytes,
          designation: fields.designation ?? '',
          inLibrary: fields.library === 'true',
        });
        return reply.status(201).send(view);
      },
    );
  });

  app.get(
    '/api/v1/me/attachments',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: '« Gérez vos pièces jointes »: your attachment library',
        response: { 200: Type.Array(AttachmentSchema) },
      },
    },
    async (request) => listAttachmentLibrary(ctx, requireUser(request)),
  );

  app.delete(
    '/api/v1/me/attachments/:id',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Remove a file from your library (invoices that used it keep their copy)',
        params: Type.Object(
          { id: Type.String({ maxLength: 64 }) },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await deleteLibraryAttachment(ctx, requireUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
