import type { AppContext } from '../../context';
import { findNotifiedMembers } from '../../db/queries/invoices';
import type { InvoiceStatus } from '../../domain/invoices/invoice-status';
import type { Executor } from '../../jobs/queue';
import { queueMail } from '../../mail/mailer';

const STATUS_LABEL: Partial<Record<InvoiceStatus, { fr: string; en: string }>> = {
  DEPOSEE: { fr: 'déposée', en: 'deposited' },
  MISE_A_DISPOSITION: {
    fr: 'mise à disposition du destinataire',
    en: 'made available to the recipient',
  },
  A_VALIDER_1: { fr: 'en attente du valideur', en: 'waiting for the validator' },
};

/**
 * Tells the supplier structure's users (those with notifications on) that an invoice changed
 * status: an e-mail at their contact address in their language, queued in the caller's transaction,
 * and an in-app notification. The lifecycle's later statuses call the same function.
 */
export async function notifyInvoiceStatus(
  ctx: AppContext,
  db: Executor,
  invoice: {
    id: string;
    supplierStructureId: string;
    number: string;
    recipientName: string;
    status: InvoiceStatus;
  },
): Promise<void> {
  const members = await findNotifiedMembers(db, invoice.supplierStructureId);
  const label = STATUS_LABEL[invoice.status] ?? { fr: invoice.status, en: invoice.status };
  const title = {
    fr: `Facture ${invoice.number} ${label.fr}`,
    en: `Invoice ${invoice.number} ${label.en}`,
  };
  const link = `${ctx.config.publicUrl}/invoices/${invoice.id}`;
  for (const member of members) {
    const lang = member.language;
    const body =
      lang === 'en'
        ? `Hello ${member.first_name},\n\nInvoice ${invoice.number} to ${invoice.recipientName} is now ${label.en}.\n\nFollow it on Chorale: ${link}\n\nYou receive this e-mail because notifications are on in your account (« Mon compte »).`
        : `Bonjour ${member.first_name},\n\nLa facture ${invoice.number} adressée à ${invoice.recipientName} est désormais ${label.fr}.\n\nSuivez-la sur Chorale : ${link}\n\nVous recevez ce message car les notifications sont activées dans votre compte (« Mon compte »).`;
    await queueMail(db, {
      to: member.contact_email,
      subject: `Chorale — ${title[lang]}`,
      text: body,
    });
    await db
      .insertInto('notifications')
      .values({
        user_id: member.id,
        kind: 'INVOICE_STATUS',
        invoice_id: invoice.id,
        title_fr: title.fr,
        title_en: title.en,
        created_at: ctx.now(),
      })
      .execute();
  }
}
