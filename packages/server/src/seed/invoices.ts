import type { AppContext } from '../context';
import { createInvoiceDraft } from '../services/invoices/save-invoice-draft';
import { sendInvoice } from '../services/invoices/send-invoice';
import type { DemoCredential } from './demo';
import { DEMO_SUPPLIER } from './structures';

/**
 * Runs after the structures and directory seeders: Marie Martin's « Factures émises » show two sent
 * invoices and a draft, typed and sent through the same services as the portal.
 */
export async function seedDemoInvoices(ctx: AppContext): Promise<DemoCredential[]> {
  const today = ctx.now().toISOString().slice(0, 10);
  const marie = await ctx.db
    .selectFrom('users')
    .select(['id', 'email', 'is_operator', 'language'])
    .where('email', '=', DEMO_SUPPLIER.principal)
    .executeTakeFirst();
  const supplier = await ctx.db
    .selectFrom('structures')
    .select('id')
    .where('identifier', '=', DEMO_SUPPLIER.siret)
    .executeTakeFirst();
  const recipient = await ctx.db
    .selectFrom('structures')
    .innerJoin('services', 'services.structure_id', 'structures.id')
    .select(['structures.identifier', 'services.code'])
    .where('structures.is_public', '=', true)
    .where('structures.status', '=', 'active')
    .where('structures.legal_commitment_required', '=', false)
    .where('services.is_active', '=', true)
    .where('services.legal_commitment_required', '=', false)
    .where((eb) =>
      eb.or([eb('services.valid_to', 'is', null), eb('services.valid_to', '>=', today)]),
    )
    .where((eb) =>
      eb.or([eb('services.valid_from', 'is', null), eb('services.valid_from', '<=', today)]),
    )
    .orderBy('structures.name')
    .executeTakeFirst();
  if (!marie || !supplier || !recipient) return [];
  const user = {
    id: marie.id,
    email: marie.email,
    isOperator: marie.is_operator,
    language: marie.language,
  };
  const invoice = (number: string, description: string, price: string) => ({
    recipient: { identifier: recipient.identifier, serviceCode: recipient.code },
    billingFramework: 'A1',
    kind: 'invoice' as const,
    number,
    currency: 'EUR',
    vatRegime: 'DEBIT' as const,
    issueDate: today,
    dueDate: today,
    paymentMeans: 'VIREMENT' as const,
    iban: 'FR7630006000011234567890189',
    bic: 'BNPAFRPP',
    lines: [
      {
        reference: 'MOB-01',
        description,
        quantity: '4',
        unitCode: 'C62',
        unitPrice: price,
        vatCategory: 'S',
        vatRate: '20',
      },
      {
        description: 'Pose et réglage',
        quantity: '2.5',
        unitCode: 'HUR',
        unitPrice: '48.00',
        vatCategory: 'S',
        vatRate: '20',
      },
    ],
    allowances: [],
    charges: [],
    attachments: [],
  });
  const year = today.slice(0, 4);
  for (const [number, description, price] of [
    [`AM-${year}-001`, 'Bureau en chêne massif', '420.00'],
    [`AM-${year}-002`, 'Étagère murale', '85.50'],
  ] as const) {
    const draft = await createInvoiceDraft(ctx, user, {
      structureId: supplier.id,
      input: invoice(number, description, price),
    });
    await sendInvoice(ctx, user, { invoiceId: draft.id });
  }
  await createInvoiceDraft(ctx, user, {
    structureId: supplier.id,
    input: invoice(`AM-${year}-003`, 'Chaise de réunion', '129.90'),
  });
  return [];
}
