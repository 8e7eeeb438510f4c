/**
 * What a supplier types (the « saisie » form and the API body): Chorus Pro's fields in plain terms.
 * The portal turns it into the EN 16931 model (`build-invoice-model.ts`); amounts are decimal
 * strings, never floats.
 */
export type VatRegime = 'DEBIT' | 'RECEIPT' | 'EXEMPT' | 'NONE';
export const VAT_REGIMES: readonly VatRegime[] = ['DEBIT', 'RECEIPT', 'EXEMPT', 'NONE'];

/** Chorus Pro `modePaiement`, with its UNTDID 4461 code (BT-81). */
export const PAYMENT_MEANS = {
  VIREMENT: '30',
  CHEQUE: '20',
  PRELEVEMENT: '49',
  ESPECE: '10',
  AUTRE: '1',
  REPORT: '97',
} as const;
export type PaymentMeans = keyof typeof PAYMENT_MEANS;

export interface InvoiceLineInput {
  reference?: string;
  description: string;
  quantity: string;
  /** UN/ECE Recommendation 20 code (C62 one, HUR hour, DAY, KGM, ...). */
  unitCode: string;
  unitPrice: string;
  /** Line allowance amount, excluding VAT (BT-136). */
  allowance?: string;
  /** UNCL 5305: S standard, Z zero, E exempt, AE reverse charge, O not subject ... */
  vatCategory: string;
  vatRate?: string;
}

export interface DocumentAllowanceChargeInput {
  amount: string;
  reason: string;
  vatCategory: string;
  vatRate?: string;
}

export interface PartyRef {
  /** The structure's identifier (SIRET for French ones), as in the directory. */
  identifier: string;
  serviceCode?: string;
}

export interface AttachmentRef {
  attachmentId: string;
  designation: string;
}

export interface InvoiceInput {
  supplierServiceId?: string;
  recipient: PartyRef;
  billingFramework: string;
  validator?: PartyRef;
  kind: 'invoice' | 'creditNote';
  number: string;
  /** Credit note only: the number of the invoice it corrects (BT-25). */
  precedingInvoiceNumber?: string;
  currency: string;
  vatRegime: VatRegime;
  exemptionReason?: string;
  issueDate: string;
  dueDate?: string;
  paymentTerms?: string;
  paymentMeans?: PaymentMeans;
  iban?: string;
  bic?: string;
  /** Engagement juridique / bon de commande (BT-13). */
  purchaseOrder?: string;
  /** Numéro de marché (BT-12). */
  contractReference?: string;
  comment?: string;
  lines: InvoiceLineInput[];
  allowances: DocumentAllowanceChargeInput[];
  charges: DocumentAllowanceChargeInput[];
  attachments: AttachmentRef[];
}
