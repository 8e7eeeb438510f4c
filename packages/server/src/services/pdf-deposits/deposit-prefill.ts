import type { Invoice } from '@chorale/einvoice';
import type { StoredRecipientMatch, StoredRecognition } from '../../db/tables/pdf-deposits';
import type { InvoiceInput } from '../../domain/invoices/invoice-input';
import type { Lang } from '../../i18n/lang';
import type { Executor } from '../../jobs/queue';
import { matchRecognizedRecipient } from '../match-recognized-recipient';
import { prefillFromRecognition, prefillFromModel } from './prefill';

export interface DepositPrefill {
  prefill: InvoiceInput;
  recipientMatch: StoredRecipientMatch | null;
}

/**
 * The deposit's pre-filled input and, for a reading of the visible page, the recipient found in
 * the directory from the recognised buyer identifier (SIRET, SIREN or VAT number).
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
  const buyer = fields.buyerId;
  if (!buyer) return { prefill, recipientMatch: null };
  // The directory decides who the recipient is: the printed SIRET, else its SIREN or VAT number.
  const match = await matchRecognizedRecipient(db, {
    identifiers: [buyer.value],
    confidence: buyer.confidence,
  });
  if (!match) return { prefill, recipientMatch: null };
  prefill.recipient = { identifier: match.identifier };
  const recipientMatch: StoredRecipientMatch = {
    identifier: match.identifier,
    name: match.name,
    confidence: match.confidence,
    matchedBy: match.matchedBy,
  };
  return { prefill, recipientMatch };
}
