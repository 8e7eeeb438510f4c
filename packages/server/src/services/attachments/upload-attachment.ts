import type { AppContext } from '../../context';
import {
  checkAttachment,
  DESIGNATION_MAX_LENGTH,
  type AttachmentProblem,
} from '../../domain/invoices/attachment-types';
import { AppError, invalidField } from '../../errors';
import type { Localized } from '../../i18n/lang';
import { createBlobStore } from '../../storage/blob-store';
import type { AuthUser } from '../structures/access';

export interface AttachmentView {
  id: string;
  designation: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  inLibrary: boolean;
  createdAt: string;
}

const PROBLEMS: Record<AttachmentProblem, Localized> = {
  EMPTY_FILE: { fr: 'le fichier est vide.', en: 'the file is empty.' },
  FILE_TOO_LARGE: {
    fr: 'une pièce jointe ne dépasse pas 10 Mo.',
    en: 'an attachment may not exceed 10 MB.',
  },
  FILE_NAME_TOO_LONG: {
    fr: 'le nom du fichier dépasse 50 caractères.',
    en: 'the file name exceeds 50 characters.',
  },
  EXTENSION_NOT_ACCEPTED: {
    fr: 'ce type de fichier n’est pas accepté.',
    en: 'this file type is not accepted.',
  },
  CONTENT_MISMATCH: {
    fr: 'le contenu du fichier ne correspond pas à son extension (ou XML avec DOCTYPE).',
    en: 'the file’s content does not match its extension (or XML with a DOCTYPE).',
  },
};

export function presentAttachment(row: {
  id: string;
  designation: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  in_library: boolean;
  created_at: Date | string;
}): AttachmentView {
  return {
    id: row.id,
    designation: row.designation,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    inLibrary: row.in_library,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/**
 * Stores a file the user uploads: checked by content, not only by name (chorus-pro.md 7.10), kept
 * in the blob store, recorded for this user: in the library of « Mon compte » when `inLibrary`,
 * else as a one-off upload for an invoice.
 */
export async function uploadAttachment(
  ctx: AppContext,
  user: AuthUser,
  file: { fileName: string; bytes: Uint8Array; designation: string; inLibrary: boolean },
): Promise<AttachmentView> {
  const fileName = file.fileName.replace(/[/\\]/g, '_').trim();
  const check = checkAttachment(fileName, file.bytes);
  if (!check.ok) {
    if (check.problem === 'FILE_TOO_LARGE') {
      throw new AppError('PAYLOAD_TOO_LARGE', PROBLEMS.FILE_TOO_LARGE, {
        reason: check.problem,
        field: 'file',
      });
    }
    throw invalidField('file', PROBLEMS[check.problem], check.problem);
  }
  const designation = (file.designation.trim() || fileName).slice(0, DESIGNATION_MAX_LENGTH);
  const sha256 = await createBlobStore(ctx.config.dataDir).put(file.bytes);
  const row = await ctx.db
    .insertInto('user_attachments')
    .values({
      user_id: user.id,
      designation,
      file_name: fileName,
      media_type: check.mediaType,
      size_bytes: file.bytes.length,
      sha256,
      in_library: file.inLibrary,
      created_at: ctx.now(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return presentAttachment(row);
}

/** « Gérez vos pièces jointes »: the user's library, newest first. */
export async function listAttachmentLibrary(
  ctx: AppContext,
  user: AuthUser,
): Promise<AttachmentView[]> {
  const rows = await ctx.db
    .selectFrom('user_attachments')
    .selectAll()
    .where('user_id', '=', user.id)
    .where('in_library', '=', true)
    .orderBy('created_at', 'desc')
    .limit(500)
    .execute();
  return rows.map(presentAttachment);
}

/** Removes a library entry; invoices that used it keep their copy. */
export async function deleteLibraryAttachment(
  ctx: AppContext,
  user: AuthUser,
  id: string,
): Promise<void> {
  const result = /^[0-9a-f-]{36}$/i.test(id)
    ? await ctx.db
        .deleteFrom('user_attachments')
        .where('id', '=', id)
        .where('user_id', '=', user.id)
        .executeTakeFirst()
    : undefined;
  if (!result || Number(result.numDeletedRows) === 0) {
    throw new AppError('NOT_FOUND', {
      fr: 'Pièce jointe introuvable.',
      en: 'Attachment not found.',
    });
  }
}
