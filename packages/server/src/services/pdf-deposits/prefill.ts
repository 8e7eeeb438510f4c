import Decimal from 'decimal.js';
import type { Invoice } from '@chorale/einvoice';
import type { StoredField, StoredRecognition } from '../../db/tables/pdf-deposits';
import { findBillingFramework } from '../../domain/invoices/billing-frameworks';
import { inputFromModel } from '../../domain/invoices/input-from-model';
import type { InvoiceInput, InvoiceLineInput } from '../../domain/invoices/invoice-input';
import type { Lang } from '../../i18n/lang';

/**
 * The form's input pre-filled from what was recognised. A Factur-X PDF gives the whole invoice
 * (its embedded XML, read exactly); a text or OCR reading gives header fields and totals, and when
 * no line table was recognised, one line carrying the total excluding VAT at the recognised rate,
 * so the invoice can be sent once the supplier has checked it. Unrecognised fields stay empty.
 */

/** French VAT rates (metropolitan, overseas, Corsica): a rate computed from rounded totals snaps to them. */
const KNOWN_RATES = ['20', '10', '5.5', '2.1', '8.5', '13', '0.9', '1.05', '0'];

const AMOUNT = /^-?\d{1,13}(\.\d{1,6})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function amountOf(field: StoredField | undefined): Decimal | undefined {
  return field && AMOUNT.test(field.value) ? new Decimal(field.value) : undefined;
}

/** The VAT rate the totals imply (VAT / total excluding VAT), snapped to a known rate when close. */
export function impliedVatRate(base: Decimal, vat: Decimal): string | undefined {
  if (base.isZero()) return undefined;
  const rate = vat.div(base).times(100);
  const known = KNOWN_RATES.find((r) => rate.minus(r).abs().lte(0.15));
  if (known !== undefined) return known;
  return rate.isNegative() || rate.gt(100) ? undefined : rate.toDecimalPlaces(2).toString();
}

const QUANTITY = /^\d{1,13}(\.\d{1,4})?$/;
const PRICE = /^\d{1,13}(\.\d{1,6})?$/;

function lineDescription(fields: Record<string, StoredField>, lang: Lang, rate?: string): string {
  const number = fields.invoiceNumber?.value;
  const atRate = rate ? (lang === 'fr' ? ` (TVA ${rate} %)` : ` (VAT ${rate}%)`) : '';
  return lang === 'fr'
    ? `Selon la facture PDF déposée${number ? ` n° ${number}` : ''}${atRate}`
    : `As per the deposited PDF invoice${number ? ` no. ${number}` : ''}${atRate}`;
}

/** A rate as the form takes it (up to 2 decimals), or undefined. */
function rateOf(value: string | undefined): string | undefined {
  if (value === undefined || !/^\d{1,3}(\.\d+)?$/.test(value)) return undefined;
  return new Decimal(value).toDecimalPlaces(2).toString();
}

function vatOf(rate: string | undefined): Pick<InvoiceLineInput, 'vatCategory' | 'vatRate'> {
  // A zero rate needs its exemption reason, which the supplier gives: category E, to check.
  if (rate === undefined) return { vatCategory: 'S' };
  return new Decimal(rate).isZero() ? { vatCategory: 'E' } : { vatCategory: 'S', vatRate: rate };
}

/** The recognised table of lines, when every line fits the form (no negative or odd amounts). */
function tableLines(recognition: StoredRecognition, fallbackRate?: string): InvoiceLineInput[] {
  const out: InvoiceLineInput[] = [];
  for (const line of recognition.lines ?? []) {
    const quantity = line.quantity ?? '1';
    const total = line.lineTotal;
    if (!QUANTITY.test(quantity) || !PRICE.test(total) || new Decimal(quantity).isZero()) return [];
    const unitPrice =
      line.unitPrice && PRICE.test(line.unitPrice)
        ? line.unitPrice
        : new Decimal(total).div(quantity).toDecimalPlaces(6).toString();
    const description = line.description.trim().slice(0, 500);
    if (!description) return [];
    out.push({
      description,
      quantity,
      unitCode: 'C62',
      unitPrice,
      ...vatOf(rateOf(line.vatRate) ?? fallbackRate),
    });
  }
  return out;
}

/**
 * Lines when no table was recognised: one line per VAT rate of the breakdown, else one line with
 * the total excluding VAT at the rate the totals imply.
 */
function summaryLines(
  recognition: StoredRecognition,
  lang: Lang,
): { kind: 'invoice' | 'creditNote'; lines: InvoiceLineInput[] } {
  const fields = recognition.fields;
  const breakdown = (recognition.vatBreakdown ?? []).filter(
    (v) => PRICE.test(v.base) && rateOf(v.rate) !== undefined,
  );
  if (breakdown.length > 0) {
    const lines = breakdown.map((v) => ({
      description: lineDescription(fields, lang, breakdown.length > 1 ? rateOf(v.rate) : undefined),
      quantity: '1',
      unitCode: 'C62',
      unitPrice: new Decimal(v.base).toFixed(2),
      ...vatOf(rateOf(v.rate)),
    }));
    return { kind: 'invoice', lines };
  }
  const base = amountOf(fields.totalWithoutVat);
  if (!base) return { kind: 'invoice', lines: [] };
  const vat = amountOf(fields.totalVat) ?? amountOf(fields.totalWithVat)?.minus(base);
  const rate = vat ? impliedVatRate(base, vat) : undefined;
  const line: InvoiceLineInput = {
    description: lineDescription(fields, lang),
    quantity: '1',
    unitCode: 'C62',
    unitPrice: base.abs().toFixed(2),
    ...vatOf(rate),
  };
  return { kind: base.isNegative() ? 'creditNote' : 'invoice', lines: [line] };
}

/** The recipient's identifier from the recognised buyer: a SIRET as it is, nothing else guessed. */
function buyerSiret(fields: Record<string, StoredField>): string {
  const value = fields.buyerId?.value.replace(/\s/g, '') ?? '';
  return /^\d{14}$/.test(value) ? value : '';
}

export function prefillFromRecognition(
  recognition: StoredRecognition,
  options: { billingFramework: string | null; recipientIdentifier?: string; lang: Lang },
): InvoiceInput {
  const fields = recognition.fields;
  const value = (name: string) => fields[name]?.value.trim() ?? '';
  const summary = summaryLines(recognition, options.lang);
  const onlyRate =
    recognition.vatBreakdown?.length === 1 ? rateOf(recognition.vatBreakdown[0]?.rate) : undefined;
  const table = tableLines(recognition, onlyRate);
  const kind = summary.kind;
  const lines = table.length > 0 && kind === 'invoice' ? table : summary.lines;
  const input: InvoiceInput = {
    recipient: { identifier: options.recipientIdentifier ?? buyerSiret(fields) },
    billingFramework: options.billingFramework ?? 'A1',
    kind,
    number: value('invoiceNumber').slice(0, 20),
    currency: /^[A-Z]{3}$/.test(value('currency')) ? value('currency') : 'EUR',
    vatRegime: 'DEBIT',
    issueDate: DATE.test(value('issueDate')) ? value('issueDate') : '',
    lines,
    allowances: [],
    charges: [],
    attachments: [],
  };
  if (DATE.test(value('dueDate'))) input.dueDate = value('dueDate');
  const iban = value('iban').replace(/\s/g, '');
  if (iban) {
    input.iban = iban.slice(0, 42);
    if (kind === 'invoice') input.paymentMeans = 'VIREMENT';
  }
  const bic = value('bic').replace(/\s/g, '');
  if (/^[A-Z0-9]{8}([A-Z0-9]{3})?$/.test(bic)) input.bic = bic;
  if (value('purchaseOrder')) input.purchaseOrder = value('purchaseOrder').slice(0, 50);
  return input;
}

/** A Factur-X PDF: the embedded invoice in the form's terms; the supplier's chosen cadre wins. */
export function prefillFromModel(model: Invoice, billingFramework: string | null): InvoiceInput {
  const input = inputFromModel(model);
  if (billingFramework && findBillingFramework(billingFramework)) {
    input.billingFramework = billingFramework;
  }
  return input;
}
