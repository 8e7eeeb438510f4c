import type { Localized } from '../../i18n/lang';

/**
 * Cadres de facturation (billing frameworks), chorus-pro.md 3.3. The short code ('A1') is what the
 * portal stores and what goes in BT-23 of the EN 16931 model (the French CIUS carries the cadre
 * there); the long code is the Chorus Pro API value (`codeCadreFacturation`).
 */
export interface BillingFramework {
  code: string;
  apiCode: string;
  label: Localized;
  /** A valideur structure (titulaire / mandataire) must approve the invoice first (A_VALIDER_1). */
  requiresValidator: boolean;
  /** Whether the portal's form offers it yet; works frameworks (A4+) come with the works issue. */
  enteredByForm: boolean;
}

const frameworks: BillingFramework[] = [
  {
    code: 'A1',
    apiCode: 'A1_FACTURE_FOURNISSEUR',
    label: { fr: 'Dépôt par un fournisseur d’une facture', en: 'Supplier invoice' },
    requiresValidator: false,
    enteredByForm: true,
  },
  {
    code: 'A2',
    apiCode: 'A2_FACTURE_FOURNISSEUR_DEJA_PAYEE',
    label: {
      fr: 'Dépôt par un fournisseur d’une facture déjà payée',
      en: 'Supplier invoice already paid',
    },
    requiresValidator: false,
    enteredByForm: true,
  },
  {
    code: 'A9',
    apiCode: 'A9_FACTURE_SOUSTRAITANT',
    label: { fr: 'Dépôt par un sous-traitant d’une facture', en: 'Subcontractor invoice' },
    requiresValidator: true,
    enteredByForm: true,
  },
  {
    code: 'A12',
    apiCode: 'A12_FACTURE_COTRAITANT',
    label: { fr: 'Dépôt par un cotraitant d’une facture', en: 'Co-contractor invoice' },
    requiresValidator: true,
    enteredByForm: true,
  },
];

const byCode = new Map(frameworks.map((f) => [f.code, f]));
const byApiCode = new Map(frameworks.map((f) => [f.apiCode, f]));

/** The frameworks the invoice form offers, in display order. */
export const BILLING_FRAMEWORKS: readonly BillingFramework[] = frameworks;

export const BILLING_FRAMEWORK_CODES: readonly string[] = frameworks.map((f) => f.code);

/** Finds a framework by its short code ('A9') or its Chorus Pro API code ('A9_FACTURE_SOUSTRAITANT'). */
export function findBillingFramework(code: string): BillingFramework | undefined {
  return byCode.get(code) ?? byApiCode.get(code);
}

export function requiresValidator(code: string): boolean {
  return findBillingFramework(code)?.requiresValidator ?? false;
}
