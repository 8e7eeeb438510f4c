import { writeUbl } from '@chorale/einvoice';
import type { Kysely } from 'kysely';
import type { Database } from '../../../packages/server/src/db/schema';
import {
  buildInvoiceModel,
  type PartyInfo,
} from '../../../packages/server/src/domain/invoices/build-invoice-model';
import type { InvoiceInput } from '../../../packages/server/src/domain/invoices/invoice-input';
import { buildZip } from '../../../packages/server/test/support/flux-archives';

/** A structure as an invoice names it, read from the portal's database. */
export async function partyOf(db: Kysely<Database>, identifier: string): Promise<PartyInfo> {
  const s = await db
    .selectFrom('structures')
    .select([
      'name',
      'identifier',
      'identifier_type',
      'vat_number',
      'address_line1',
      'postal_code',
      'city',
      'country_code',
    ])
    .where('identifier', '=', identifier)
    .executeTakeFirstOrThrow();
  return {
    name: s.name,
    identifier: s.identifier,
    identifierType: s.identifier_type,
    vatNumber: s.vat_number,
    address: {
      line1: s.address_line1 ?? '1 rue de la Paix',
      postalCode: s.postal_code ?? '75001',
      city: s.city ?? 'Paris',
      countryCode: s.country_code ?? 'FR',
    },
  };
}

/** A UBL invoice written by @chorale/einvoice, from the supplier to the recipient's service. */
export function ublInvoice(
  supplier: PartyInfo,
  recipient: PartyInfo,
  serviceCode: string,
  number: string,
): string {
  const input: InvoiceInput = {
    recipient: { identifier: recipient.identifier, serviceCode },
    billingFramework: 'A1',
    kind: 'invoice',
    number,
    currency: 'EUR',
    vatRegime: 'DEBIT',
    issueDate: new Date().toISOString().slice(0, 10),
    paymentMeans: 'VIREMENT',
    iban: 'FR76 3000 6000 0112 3456 7890 189',
    lines: [
      {
        description: 'Rabotage de portes',
        quantity: '4',
        unitCode: 'C62',
        unitPrice: '87.50',
        vatCategory: 'S',
        vatRate: '20',
      },
    ],
    allowances: [],
    charges: [],
    attachments: [],
  };
  return writeUbl(buildInvoiceModel({ input, supplier, recipient }));
}

/** The files as a zip archive, as invoicing software exports them. */
export function zipOf(files: Array<{ name: string; text: string }>): Buffer {
  const enc = new TextEncoder();
  return Buffer.from(buildZip(files.map((f) => ({ name: f.name, data: enc.encode(f.text) }))));
}
