import type { InvoiceInput } from '../../domain/invoices/invoice-input';
import { numberingYear } from '../../domain/invoices/invoice-number';
import type { Executor } from '../../jobs/queue';

/** A structure as a party of a flux invoice: recipient, valideur or the depositing supplier. */
export interface FluxParty {
  id: string;
  identifier: string;
  identifier_type: string;
  name: string;
  status: string;
  is_public: boolean;
  service_code_required: boolean;
  legal_commitment_required: boolean;
  service_or_legal_commitment_required: boolean;
}

export interface FluxService {
  is_active: boolean;
  legal_commitment_required: boolean;
  valid_from: string | null;
  valid_to: string | null;
}

/** What the portal rules need to know about a chunk of invoices, looked up in a few queries. */
export interface FluxFacts {
  today: string;
  supplier: FluxParty;
  /** By identifier; a public structure wins over a private one with the same identifier. */
  recipients: Map<string, FluxParty>;
  /** By `structureId|code`. */
  services: Map<string, FluxService>;
  /** `year|number` of the structure's sent invoices (DUPLICATE_INVOICE_NUMBER). */
  existingNumbers: Set<string>;
  /** Numbers of the structure's sent invoices (what a credit note may correct). */
  sentNumbers: Set<string>;
}

const PARTY_COLUMNS = [
  'id',
  'identifier',
  'identifier_type',
  'name',
  'status',
  'is_public',
  'service_code_required',
  'legal_commitment_required',
  'service_or_legal_commitment_required',
] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One query per kind of fact for the whole chunk rather than several per invoice: this is what
 * keeps a 500-invoice flux in seconds. Read in the chunk's transaction, after the flux row is
 * locked, so the duplicate check sees every invoice committed before.
 */
export async function loadFluxFacts(
  db: Executor,
  options: { supplierStructureId: string; today: string; inputs: InvoiceInput[] },
): Promise<FluxFacts> {
  const { inputs } = options;
  const supplier = await db
    .selectFrom('structures')
    .select([...PARTY_COLUMNS])
    .where('id', '=', options.supplierStructureId)
    .executeTakeFirstOrThrow();
  const identifiers = new Set<string>();
  for (const input of inputs) {
    const r = input.recipient.identifier.replace(/\s/g, '');
    if (r) identifiers.add(r);
    const v = input.validator?.identifier.replace(/\s/g, '');
    if (v) identifiers.add(v);
  }
  const recipients = new Map<string, FluxParty>();
  if (identifiers.size > 0) {
    const rows = await db
      .selectFrom('structures')
      .select([...PARTY_COLUMNS])
      .where('identifier', 'in', [...identifiers])
      .execute();
    for (const row of rows) {
      const known = recipients.get(row.identifier);
      if (!known || (!known.is_public && row.is_public)) recipients.set(row.identifier, row);
    }
  }
  const services = new Map<string, FluxService>();
  const codes = new Set(
    inputs.map((i) => i.recipient.serviceCode?.trim() ?? '').filter((c) => c !== ''),
  );
  const publicIds = [...recipients.values()].filter((r) => r.is_public).map((r) => r.id);
  if (codes.size > 0 && publicIds.length > 0) {
    const rows = await db
      .selectFrom('services')
      .select([
        'structure_id',
        'code',
        'is_active',
        'legal_commitment_required',
        'valid_from',
        'valid_to',
      ])
      .where('structure_id', 'in', publicIds)
      .where('code', 'in', [...codes])
      .execute();
    for (const row of rows) services.set(`${row.structure_id}|${row.code}`, row);
  }
  const numbers = new Set<string>();
  for (const input of inputs) {
    if (input.number) numbers.add(input.number);
    const preceding = input.precedingInvoiceNumber?.trim();
    if (input.kind === 'creditNote' && preceding) numbers.add(preceding);
  }
  const existingNumbers = new Set<string>();
  const sentNumbers = new Set<string>();
  if (numbers.size > 0) {
    const rows = await db
      .selectFrom('invoices')
      .select(['number', 'number_year', 'kind'])
      .where('supplier_structure_id', '=', options.supplierStructureId)
      .where('number', 'in', [...numbers])
      .where('status', '<>', 'BROUILLON')
      .execute();
    for (const row of rows) {
      existingNumbers.add(`${row.number_year}|${row.number}`);
      if (row.kind === 'invoice') sentNumbers.add(row.number);
    }
  }
  return {
    today: options.today,
    supplier,
    recipients,
    services,
    existingNumbers,
    sentNumbers,
  };
}

/** The key of an invoice number in `existingNumbers`. */
export function numberKey(input: InvoiceInput): string {
  const year = DATE.test(input.issueDate) ? numberingYear(input.issueDate) : null;
  return `${year}|${input.number}`;
}
