import { randomBytes } from 'node:crypto';
import { normalizeText } from '../../src/domain/directory/search-text';
import type { TestEnv } from './app';
import { makeSiret } from './structures';

/** A public structure of the directory (recipient or valideur) straight in the database. */
export async function publicStructure(
  env: TestEnv,
  options: {
    name?: string;
    serviceCodeRequired?: boolean;
    legalCommitmentRequired?: boolean;
    status?: 'active' | 'inactive';
    services?: Array<{ code: string; active?: boolean }>;
  } = {},
): Promise<{ id: string; siret: string }> {
  const siret = makeSiret();
  const now = env.ctx.now();
  const name = options.name ?? `Commune ${randomBytes(2).toString('hex')}`;
  const row = await env.ctx.db
    .insertInto('structures')
    .values({
      identifier_type: 'SIRET',
      identifier: siret,
      name,
      search_name: normalizeText(name),
      city: 'Rouen',
      postal_code: '76000',
      is_public: true,
      status: options.status ?? 'active',
      service_code_required: options.serviceCodeRequired ?? false,
      legal_commitment_required: options.legalCommitmentRequired ?? false,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const service of options.services ?? []) {
    await env.ctx.db
      .insertInto('services')
      .values({
        structure_id: row.id,
        code: service.code,
        name: `Service ${service.code}`,
        is_active: service.active ?? true,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  return { id: row.id, siret };
}

/** A complete, valid invoice body (one line at 20 %, transfer to a valid IBAN). */
export function invoiceBody(recipientSiret: string, overrides: Record<string, unknown> = {}) {
  return {
    recipient: { identifier: recipientSiret, serviceCode: 'FIN' },
    billingFramework: 'A1',
    kind: 'invoice',
    number: `F-${randomBytes(3).toString('hex')}`,
    currency: 'EUR',
    vatRegime: 'DEBIT',
    issueDate: '2026-01-15',
    dueDate: '2026-02-15',
    paymentMeans: 'VIREMENT',
    iban: 'FR7630006000011234567890189',
    bic: 'BNPAFRPP',
    purchaseOrder: 'EJ-1',
    lines: [
      {
        reference: 'R1',
        description: 'Prestation',
        quantity: '2',
        unitCode: 'C62',
        unitPrice: '50.00',
        vatCategory: 'S',
        vatRate: '20',
      },
    ],
    allowances: [],
    charges: [],
    attachments: [],
    ...overrides,
  };
}

/** A multipart body with one file and fields, for `inject`. */
export function multipartBody(
  file: { name: string; bytes: Uint8Array },
  fields: Record<string, string> = {},
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----chorale${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(file.bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
