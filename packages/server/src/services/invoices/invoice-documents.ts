import { writeCii, writeUbl } from '@chorale/einvoice';
import type { AppContext } from '../../context';
import { AppError } from '../../errors';
import { createBlobStore } from '../../storage/blob-store';
import { loadIssuedScope, loadVisibleInvoice, type AuthUser } from './invoice-scope';

export type InvoiceDocumentKind = 'source' | 'facturx' | 'receipt' | 'ubl' | 'cii';

export interface InvoiceDocument {
  fileName: string;
  mediaType: string;
  bytes: Buffer;
}

const notYet = () =>
  new AppError(
    'NOT_FOUND',
    {
      fr: 'Ce document n’existe qu’une fois la facture envoyée.',
      en: 'This document exists only once the invoice is sent.',
    },
    { reason: 'DOCUMENT_NOT_AVAILABLE' },
  );

/**
 * An invoice's documents: the deposited file (main document of a PDF or flux deposit), the stored
 * Factur-X PDF and receipt, the XML in UBL or CII.
 */
export async function getInvoiceDocument(
  ctx: AppContext,
  user: AuthUser,
  options: { invoiceId: string; kind: InvoiceDocumentKind },
): Promise<InvoiceDocument> {
  const issued = await loadIssuedScope(ctx.db, user);
  const row = await loadVisibleInvoice(ctx.db, issued, options.invoiceId);
  const base = (row.chorale_id ?? `brouillon-${row.id.slice(0, 8)}`).replace(/[^A-Za-z0-9-]/g, '');
  const blobs = createBlobStore(ctx.config.dataDir);
  switch (options.kind) {
    case 'source': {
      // The deposited file itself (« Document principal »), byte for byte.
      if (!row.source_sha256) {
        throw new AppError(
          'NOT_FOUND',
          {
            fr: 'Cette facture a été saisie : elle n’a pas de fichier déposé.',
            en: 'This invoice was typed: it has no deposited file.',
          },
          { reason: 'DOCUMENT_NOT_AVAILABLE' },
        );
      }
      const bytes = await blobs.get(row.source_sha256);
      if (!bytes) throw new Error(`blob ${row.source_sha256} missing from the store`);
      return {
        fileName: row.source_file_name ?? `${base}.pdf`,
        mediaType: row.source_media_type ?? 'application/octet-stream',
        bytes,
      };
    }
    case 'facturx':
    case 'receipt': {
      const hash = options.kind === 'facturx' ? row.facturx_sha256 : row.receipt_sha256;
      if (!hash) throw notYet();
      const bytes = await blobs.get(hash);
      if (!bytes) throw new Error(`blob ${hash} missing from the store`);
      return {
        fileName:
          options.kind === 'facturx' ? `${base}-facturx.pdf` : `${base}-certificat-depot.pdf`,
        mediaType: 'application/pdf',
        bytes,
      };
    }
    case 'ubl':
      return {
        fileName: `${base}-ubl.xml`,
        mediaType: 'application/xml',
        bytes: Buffer.from(writeUbl(row.model)),
      };
    case 'cii':
      return {
        fileName: `${base}-cii.xml`,
        mediaType: 'application/xml',
        bytes: Buffer.from(writeCii(row.model)),
      };
  }
}

/** One attachment of an invoice the user sees. */
export async function getInvoiceAttachment(
  ctx: AppContext,
  user: AuthUser,
  options: { invoiceId: string; position: number },
): Promise<InvoiceDocument> {
  const issued = await loadIssuedScope(ctx.db, user);
  const row = await loadVisibleInvoice(ctx.db, issued, options.invoiceId);
  const attachment = await ctx.db
    .selectFrom('invoice_attachments')
    .selectAll()
    .where('invoice_id', '=', row.id)
    .where('position', '=', options.position)
    .executeTakeFirst();
  if (!attachment)
    throw new AppError('NOT_FOUND', {
      fr: 'Pièce jointe introuvable.',
      en: 'Attachment not found.',
    });
  const bytes = await createBlobStore(ctx.config.dataDir).get(attachment.sha256);
  if (!bytes) throw new Error(`blob ${attachment.sha256} missing from the store`);
  return { fileName: attachment.file_name, mediaType: attachment.media_type, bytes };
}
