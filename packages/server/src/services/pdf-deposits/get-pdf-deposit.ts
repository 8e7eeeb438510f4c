import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import type { Executor } from '../../jobs/queue';
import { createBlobStore } from '../../storage/blob-store';
import type { AuthUser } from '../invoices/invoice-scope';
import { presentPdfDeposit, type PdfDeposit, type PdfDepositRow } from './present-pdf-deposit';

export const depositNotFound = () =>
  notFound({ fr: 'Dépôt de PDF introuvable.', en: 'PDF deposit not found.' });

/** The deposit if the caller made it: a deposit is its depositor's work, nobody else's (404). */
export async function loadOwnDeposit(
  db: Executor,
  user: AuthUser,
  depositId: string,
  options: { forUpdate?: boolean } = {},
): Promise<PdfDepositRow> {
  if (!/^[0-9a-f-]{36}$/i.test(depositId)) throw depositNotFound();
  let query = db
    .selectFrom('pdf_deposits')
    .selectAll()
    .where('id', '=', depositId)
    .where('user_id', '=', user.id);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw depositNotFound();
  return row;
}

export async function getPdfDeposit(
  ctx: AppContext,
  user: AuthUser,
  depositId: string,
): Promise<PdfDeposit> {
  return presentPdfDeposit(await loadOwnDeposit(ctx.db, user, depositId));
}

/** The deposited PDF, byte for byte (the form's preview). */
export async function getPdfDepositFile(
  ctx: AppContext,
  user: AuthUser,
  depositId: string,
): Promise<{ fileName: string; bytes: Buffer }> {
  const row = await loadOwnDeposit(ctx.db, user, depositId);
  const bytes = await createBlobStore(ctx.config.dataDir).get(row.pdf_sha256);
  if (!bytes) throw new Error(`blob ${row.pdf_sha256} missing from the store`);
  return { fileName: row.pdf_file_name, bytes };
}
