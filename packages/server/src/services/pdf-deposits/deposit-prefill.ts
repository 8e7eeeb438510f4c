import type { Invoice } from '@chorale/einvoice';
import { findPartyByIdentifier } from '../../db/queries/invoices';
import type { StoredRecipientMatch, StoredRecognition } from '../../db/tables/pdf-deposits';
import type { InvoiceInput } from '../../domain/invoices/invoice-input';
import type { Lang } from '../../i18n/lang';
import type { Executor } from '../../jobs/queue';
import { prefillFromRecognition, prefillFromModel } from './prefill';

export interface DepositPrefill {
  prefill: InvoiceInput;
  recipientMatch: StoredRecipientMatch | null;
}

/**
 * The deposit's pre-filled input and, for a reading of the visible page, the recipient found in
 * the directory from the recognised buyer identifier (a SIRET of a known public structure).
 */
export async function depositPrefill(
  db: Executor,
  options: {
    recognition: StoredRecognition;
    model: Invoice | null;
    billingFramework: string | null;
    lang: Lang;
  },
): Promise<DepositPrefill> {
  if (options.model) {
    return {
      prefill: prefillFromModel(options.model, options.billingFramework),
      recipientMatch: null,
    };
  }
  const fields = options.recognition.fields;
  const prefill = prefillFromRecognition(options.recognition, {
    billingFramework: options.billingFramework,
    lang: options.lang,
  });
  let recipientMatch: StoredRecipientMatch | null = null;
  if (prefill.recipient.identifier) {
    const party = await findPartyByIdentifier(db, prefill.recipient.identifier);
    if (party?.is_public) {
      recipientMatch = {
        identifier: party.identifier,
        name: party.name,
        confidence: fields.buyerId?.confidence ?? 0,
      };
    }
  }
  return { prefill, recipientMatch };
}
