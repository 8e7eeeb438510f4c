/**
 * Invoice statuses (Chorus Pro names, chorus-pro.md 4.1) and the transitions this part of the
 * lifecycle allows. The recipient's and the valideur's transitions come with their own issues: they
 * add entries to TRANSITIONS, so that one table says what may follow what.
 */
export const INVOICE_STATUSES = [
  'BROUILLON',
  'A_VALIDER_1',
  'VALIDEE_1',
  'REFUSEE_1',
  'DEPOSEE',
  'EN_COURS_ACHEMINEMENT',
  'MISE_A_DISPOSITION',
  'A_RECYCLER',
  'SUSPENDUE',
  'COMPLETEE',
  'REJETEE',
  'SERVICE_FAIT',
  'MANDATEE',
  'MISE_A_DISPOSITION_COMPTABLE',
  'COMPTABILISEE',
  'MISE_EN_PAIEMENT',
] as const;

export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export function isInvoiceStatus(value: string): value is InvoiceStatus {
  return (INVOICE_STATUSES as readonly string[]).includes(value);
}

/** Who moves an invoice: the supplier's user, the system (routing), the recipient, the valideur. */
export type TransitionActor = 'supplier' | 'system' | 'recipient' | 'validator';

const TRANSITIONS: ReadonlyArray<{ from: InvoiceStatus; to: InvoiceStatus; by: TransitionActor }> =
  [
    // « Valider et envoyer »: a draft is never sent without the supplier's action (4.2).
    { from: 'BROUILLON', to: 'DEPOSEE', by: 'supplier' },
    // A9/A12: the invoice first waits for its valideur (3.4).
    { from: 'BROUILLON', to: 'A_VALIDER_1', by: 'supplier' },
    // DEPOSEE is transient: routing makes the invoice available to its recipient.
    { from: 'DEPOSEE', to: 'MISE_A_DISPOSITION', by: 'system' },
  ];

export function canTransition(
  from: InvoiceStatus,
  to: InvoiceStatus,
  by: TransitionActor,
): boolean {
  return TRANSITIONS.some((t) => t.from === from && t.to === to && t.by === by);
}

/** Only drafts may change or be deleted: an invoice is immutable once sent (DESIGN: immutable). */
export function isEditable(status: InvoiceStatus): boolean {
  return status === 'BROUILLON';
}

/** Statuses that wait for the supplier's action (« Factures à traiter », 4.3). */
export const SUPPLIER_TO_PROCESS: readonly InvoiceStatus[] = [
  'BROUILLON',
  'SUSPENDUE',
  'A_RECYCLER',
  'REJETEE',
];

/**
 * The statuses an invoice passes through when sent: A9/A12 stop at A_VALIDER_1 until the valideur
 * acts; the others are deposited then made available to their recipient at once.
 */
export function statusesOnSending(needsValidator: boolean): InvoiceStatus[] {
  return needsValidator ? ['A_VALIDER_1'] : ['DEPOSEE', 'MISE_A_DISPOSITION'];
}
