import type { AppContext } from '../../context';
import type { FluxStatus, StoredRefusal } from '../../db/tables/fluxes';
import type { Lang } from '../../i18n/lang';
import type { Executor } from '../../jobs/queue';
import { queueUserNotification } from '../../mail/notify-user';

type Ctx = Pick<AppContext, 'config' | 'now'>;

const STATUS_TEXT: Partial<Record<FluxStatus, { fr: string; en: string }>> = {
  IN_INTEGRE: { fr: 'intégré', en: 'integrated' },
  IN_INTEGRE_PARTIEL: { fr: 'intégré partiellement', en: 'partly integrated' },
  IN_REJETE: { fr: 'rejeté', en: 'rejected' },
  IN_INCIDENTE: { fr: 'en incident', en: 'in incident' },
};

/** IN_INTEGRE when all were accepted, IN_INTEGRE_PARTIEL when some, IN_REJETE when none. */
export function finalStatusOf(counts: { accepted: number; refused: number }): FluxStatus {
  if (counts.accepted === 0) return 'IN_REJETE';
  return counts.refused === 0 ? 'IN_INTEGRE' : 'IN_INTEGRE_PARTIEL';
}

function mailText(
  lang: Lang,
  firstName: string,
  flux: { number: string; fileName: string; status: FluxStatus; accepted: number; refused: number },
  link: string,
  refusal: StoredRefusal | null,
): { subject: string; text: string } {
  const status = STATUS_TEXT[flux.status] ?? { fr: flux.status, en: flux.status };
  if (lang === 'en') {
    const lines = [
      `Hello ${firstName},`,
      `Your flux ${flux.number} ("${flux.fileName}") is ${status.en}: ${flux.accepted} invoice(s) accepted, ${flux.refused} refused.`,
      ...(refusal ? [`Reason: ${refusal.message.en}`] : []),
      `The report lists each invoice and every refusal with its rule: ${link}`,
      '— Chorale, the e-invoicing portal. This message is automatic: do not reply.',
    ];
    return { subject: `Chorale — Flux ${flux.number} ${status.en}`, text: lines.join('\n\n') };
  }
  const lines = [
    `Bonjour ${firstName},`,
    `Votre flux ${flux.number} (« ${flux.fileName} ») est ${status.fr} : ${flux.accepted} facture(s) acceptée(s), ${flux.refused} refusée(s).`,
    ...(refusal ? [`Motif : ${refusal.message.fr}`] : []),
    `Le compte-rendu détaille chaque facture et chaque refus avec sa règle : ${link}`,
    "— Chorale, le portail de facturation électronique. Ce message est automatique : n'y répondez pas.",
  ];
  return { subject: `Chorale — Flux ${flux.number} ${status.fr}`, text: lines.join('\n\n') };
}

/**
 * Sets the flux's final status and tells the user who deposited it, with the counts, in their
 * language: the mail is queued in the caller's transaction (sent only if the status commits).
 */
export async function finishFlux(
  ctx: Ctx,
  trx: Executor,
  flux: { id: string; number: string; file_name: string; deposited_by: string | null },
  outcome: {
    status: FluxStatus;
    accepted: number;
    refused: number;
    refusal?: StoredRefusal;
    technicalError?: string;
  },
): Promise<void> {
  const now = ctx.now();
  await trx
    .updateTable('fluxes')
    .set({
      status: outcome.status,
      finished_at: now,
      ...(outcome.refusal ? { refusal: JSON.stringify(outcome.refusal) } : {}),
      ...(outcome.technicalError ? { technical_error: outcome.technicalError.slice(0, 2000) } : {}),
    })
    .where('id', '=', flux.id)
    .execute();
  if (!flux.deposited_by) return;
  const link = `${ctx.config.publicUrl}/fluxes/${flux.id}`;
  const summary = {
    number: flux.number,
    fileName: flux.file_name,
    status: outcome.status,
    accepted: outcome.accepted,
    refused: outcome.refused,
  };
  await queueUserNotification(trx, flux.deposited_by, (lang, user) =>
    mailText(lang, user.firstName, summary, link, outcome.refusal ?? null),
  );
  const title = STATUS_TEXT[outcome.status] ?? { fr: outcome.status, en: outcome.status };
  await trx
    .insertInto('notifications')
    .values({
      user_id: flux.deposited_by,
      kind: 'FLUX_FINISHED',
      invoice_id: null,
      title_fr: `Flux ${flux.number} ${title.fr} : ${outcome.accepted} acceptée(s), ${outcome.refused} refusée(s)`,
      title_en: `Flux ${flux.number} ${title.en}: ${outcome.accepted} accepted, ${outcome.refused} refused`,
      created_at: now,
    })
    .execute();
}
