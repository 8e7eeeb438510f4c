/** Flux tests: real invoices of a test structure, written by @chorale/einvoice, and deposits. */
import { writeCii, writeFacturX, writeUbl, type Invoice } from '@chorale/einvoice';
import { buildInvoiceModel, type PartyInfo } from '../../src/domain/invoices/build-invoice-model';
import type { InvoiceInput } from '../../src/domain/invoices/invoice-input';
import type { FluxDetail } from '../../src/services/fluxes/present-flux';
import type { TestEnv } from './app';
import type { Person } from './structures';

export interface FluxParties {
  supplier: { siret: string; name: string };
  recipient: { siret: string; name: string };
}

export interface InvoiceOptions {
  number: string;
  /** A recipient other than the flux's (e.g. an unknown SIRET). */
  recipientSiret?: string;
  serviceCode?: string;
  issueDate?: string;
  /** Breaks EN 16931: the seller's VAT identifier is dropped (BR-S-02 / BR-CO-26). */
  withoutSellerVat?: boolean;
  lines?: number;
  /** BT-23: A1 unless given (A9 / A12 need a valideur, given at deposit). */
  billingFramework?: string;
}

/** An EN 16931 model as the portal's form would build it, for these parties. */
export function fluxModel(parties: FluxParties, o: InvoiceOptions): Invoice {
  const supplier: PartyInfo = {
    name: parties.supplier.name,
    identifier: parties.supplier.siret,
    identifierType: 'SIRET',
    ...(o.withoutSellerVat ? {} : { vatNumber: 'FR32123456789' }),
    address: { line1: '1 rue du Bois', postalCode: '75001', city: 'Paris', countryCode: 'FR' },
  };
  const recipientSiret = o.recipientSiret ?? parties.recipient.siret;
  const recipient: PartyInfo = {
    name: parties.recipient.name,
    identifier: recipientSiret,
    identifierType: 'SIRET',
    address: { city: 'Rouen', postalCode: '76000', countryCode: 'FR' },
  };
  const input: InvoiceInput = {
    recipient: { identifier: recipientSiret, serviceCode: o.serviceCode ?? 'FIN' },
    billingFramework: o.billingFramework ?? 'A1',
    kind: 'invoice',
    number: o.number,
    currency: 'EUR',
    vatRegime: 'DEBIT',
    issueDate: o.issueDate ?? '2026-01-15',
    dueDate: '2026-02-15',
    paymentMeans: 'VIREMENT',
    iban: 'FR7630006000011234567890189',
    bic: 'BNPAFRPP',
    purchaseOrder: 'EJ-1',
    lines: Array.from({ length: o.lines ?? 1 }, (_, i) => ({
      reference: `R${i + 1}`,
      description: `Prestation ${i + 1}`,
      quantity: '2',
      unitCode: 'C62',
      unitPrice: '50.00',
      vatCategory: 'S',
      vatRate: '20',
    })),
    allowances: [],
    charges: [],
    attachments: [],
  };
  return buildInvoiceModel({ input, supplier, recipient });
}

const enc = new TextEncoder();
export const ubl = (p: FluxParties, o: InvoiceOptions) => enc.encode(writeUbl(fluxModel(p, o)));
export const cii = (p: FluxParties, o: InvoiceOptions) => enc.encode(writeCii(fluxModel(p, o)));
export const facturx = (p: FluxParties, o: InvoiceOptions) => writeFacturX(fluxModel(p, o));

export interface DepositOptions {
  structureId: string;
  syntax?: string;
  fileName?: string;
  key?: string;
  portal?: boolean;
  /** `codeStructureValideur` and `codeServiceValideur`, for the flux's A9 / A12 invoices. */
  validator?: { siret: string; serviceCode?: string };
}

/** GET /api/v1/fluxes/:id as `who` sees it. */
export async function fluxDetail(env: TestEnv, who: Person, id: string): Promise<FluxDetail> {
  const res = await env.app.inject({
    method: 'GET',
    url: `/api/v1/fluxes/${id}`,
    headers: who.headers,
  });
  return res.json<FluxDetail>();
}

/** POST /api/v1/fluxes with the file in base64 (the API's JSON form). */
export function depositJson(env: TestEnv, who: Person, bytes: Uint8Array, o: DepositOptions) {
  return env.app.inject({
    method: 'POST',
    url: '/api/v1/fluxes',
    headers: {
      ...who.headers,
      ...(o.key ? { 'idempotency-key': o.key } : {}),
      ...(o.portal ? { 'x-chorale-client': 'portal' } : {}),
    },
    payload: {
      structureId: o.structureId,
      syntaxeFlux: o.syntax ?? 'IN_DP_E1_UBL_INVOICE',
      nomFichier: o.fileName ?? 'flux.xml',
      fichierFlux: Buffer.from(bytes).toString('base64'),
      ...(o.validator ? { codeStructureValideur: o.validator.siret } : {}),
      ...(o.validator?.serviceCode ? { codeServiceValideur: o.validator.serviceCode } : {}),
    },
  });
}
