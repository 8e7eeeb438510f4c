import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { hashSecret } from '../../packages/server/src/auth/crypto';
import { createRuntime } from '../../packages/server/src/bootstrap';
import { loadConfig } from '../../packages/server/src/config';
import { openDatabase } from '../../packages/server/src/db/database';
import { buildApp } from '../../packages/server/src/http/app';
import { countInvoices, searchInvoices } from '../../packages/server/src/db/queries/invoice-search';
import type { InvoiceSearchFilters } from '../../packages/server/src/db/queries/invoice-search';

/**
 * « Factures émises » on PostgreSQL: sending an invoice through the API (request to response), and
 * searching with 1,000,000 invoices in the database. The rows are generated in SQL (not through the
 * API) in a fresh database that is dropped at the end. BENCH_INVOICES changes the volume.
 */
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TOTAL = Number(process.env.BENCH_INVOICES ?? 1_000_000);
const BATCH = 100_000;
const SUPPLIERS = 200;
const RECIPIENTS = 50;

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (n=${sorted.length})`;
}

async function time<T>(work: () => Promise<T>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function runInvoicesBench(): Promise<void> {
  const name = `chorale_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorale-bench-'));
  const database = await openDatabase({
    databaseUrl: url.toString(),
    dataDir: undefined,
    poolSize: 4,
  });
  const config = loadConfig({
    DATABASE_URL: url.toString(),
    DATA_DIR: dataDir,
    DEMO_DATA: 'false',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
  });
  const runtime = await createRuntime(config, {
    log: pino({ level: 'silent' }),
    database,
    manualWorker: true,
  });
  const { db } = runtime.ctx;
  const app = await buildApp(runtime.ctx);
  await app.ready();
  try {
    // Parties: supplier structures (the first is the bench user's), public recipients.
    const now = new Date();
    const ids = await sql<{ id: string; n: number; pub: boolean }>`
      insert into structures (identifier_type, identifier, name, search_name, vat_number, is_public, status, city, created_at, updated_at)
      select 'SIRET', lpad((10000000000000 + g)::text, 14, '0'),
             case when g <= ${SUPPLIERS} then 'Fournisseur ' || g else 'Commune numéro ' || g end,
             case when g <= ${SUPPLIERS} then 'fournisseur ' || g else 'commune numero ' || g end,
             'FR32123456789', g > ${SUPPLIERS}, 'active', 'Rouen', now(), now()
      from generate_series(1, ${SUPPLIERS + RECIPIENTS}::int) g
      returning id, (substr(identifier, 6))::int as n, is_public as pub`.execute(db);
    const suppliers = ids.rows.filter((r) => !r.pub).sort((a, b) => a.n - b.n);
    const recipients = ids.rows.filter((r) => r.pub).sort((a, b) => a.n - b.n);
    const mine = suppliers[0]!;
    const password = 'Un-mot-de-passe-solide-42';
    const user = await db
      .insertInto('users')
      .values({
        email: 'bench@example.fr',
        first_name: 'Bench',
        last_name: 'User',
        contact_email: 'bench@example.fr',
        status: 'active',
        notifications_enabled: false,
        password_hash: await hashSecret(password),
        password_changed_at: now,
        activated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const membership = await db
      .insertInto('memberships')
      .values({
        structure_id: mine.id,
        user_id: user.id,
        role: 'primaryManager',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('space_grants')
      .values({ membership_id: membership.id, space_code: 'FACTURES_EMISES', granted_at: now })
      .execute();

    // 1,000,000 invoices: a tenth for the bench user's structure, the rest spread over the others;
    // eight statuses, two years of deposits, 50 recipients.
    const started = Date.now();
    const supplierIds = suppliers.map((s) => s.id);
    const recipientRows = recipients.map((r) => [r.id, r.n]);
    await sql`create temporary table bench_suppliers as select row_number() over () - 1 as k, id::uuid from unnest(${supplierIds}::text[]) id`.execute(
      db,
    );
    await sql`create temporary table bench_recipients as select row_number() over () - 1 as k, id::uuid, n from (select unnest(${recipientRows.map((r) => r[0])}::text[]) id, unnest(${recipientRows.map((r) => Number(r[1]))}::int[]) n) x`.execute(
      db,
    );
    for (let offset = 0; offset < TOTAL; offset += BATCH) {
      const count = Math.min(BATCH, TOTAL - offset);
      await sql`
        insert into invoices (supplier_structure_id, recipient_structure_id, recipient_identifier, recipient_name,
          recipient_search, billing_framework, kind, number, number_year, status, issue_date, deposited_at,
          chorale_id, total_excl_vat, total_vat, total_incl_vat, amount_due, input, model, created_at, updated_at, last_event_at)
        select s.id, r.id, lpad((10000000000000 + r.n)::text, 14, '0'), 'Commune numéro ' || r.n, 'commune numero ' || r.n,
          'A1', 'invoice', 'F' || (2024 + (g % 2)) || '-' || lpad(g::text, 7, '0'), 2024 + (g % 2),
          (array['MISE_A_DISPOSITION','SERVICE_FAIT','MANDATEE','MISE_EN_PAIEMENT','SUSPENDUE','REJETEE','A_RECYCLER','BROUILLON'])[1 + (g % 8)],
          date '2024-01-01' + (g % 730), timestamptz '2024-01-01' + ((g % 730) || ' days')::interval + ((g % 86400) || ' seconds')::interval,
          'CHO' || lpad(g::text, 13, '0'), (g % 100000) / 10.0, (g % 100000) / 50.0, (g % 100000) * 0.12, (g % 100000) * 0.12,
          '{}'::jsonb, '{}'::jsonb, now(), now(), now()
        from generate_series(${offset + 1}::int, ${offset + count}::int) g
        join bench_suppliers s on s.k = case when (g / 50) % 10 = 0 then 0 else 1 + (g % ${SUPPLIERS - 1}) end
        join bench_recipients r on r.k = g % ${RECIPIENTS}`.execute(db);
      process.stdout.write(
        `  generated ${offset + count} invoices (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
      );
    }
    // As autovacuum would: statistics, and the visibility map that lets counts use the index only.
    await sql`vacuum analyze invoices`.execute(db);

    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'bench@example.fr', password },
    });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const csrf = login.cookies.find((c) => c.name === 'chorale_csrf')?.value ?? '';
    const headers = { cookie, 'x-csrf-token': csrf };

    const search = async (
      label: string,
      query: string,
      filters: Omit<InvoiceSearchFilters, 'scope'>,
      sort: 'depositedAt' | 'number' = 'depositedAt',
    ) => {
      const scope = [{ structureId: mine.id, serviceIds: null }];
      const sqlSamples: number[] = [];
      for (let i = 0; i < 220; i += 1) {
        const ms = await time(() =>
          Promise.all([
            searchInvoices(
              db,
              { ...filters, scope },
              { sort, direction: sort === 'number' ? 'asc' : 'desc', limit: 51 },
            ),
            countInvoices(db, { ...filters, scope }),
          ]),
        );
        if (i >= 20) sqlSamples.push(ms);
      }
      const samples: number[] = [];
      let total = 0;
      for (let i = 0; i < 220; i += 1) {
        const ms = await time(async () => {
          const res = await app.inject({
            method: 'GET',
            url: `/api/v1/invoices?${query}`,
            headers,
          });
          if (res.statusCode !== 200) throw new Error(`${label}: ${res.statusCode} ${res.body}`);
          total = res.json<{ total: number }>().total;
        });
        if (i >= 20) samples.push(ms);
      }
      process.stdout.write(
        `  search ${label} (${total} matches, page of 50 + count)\n    API request to response: ${stats(samples)}\n    SQL only (page + count): ${stats(sqlSamples)}\n`,
      );
    };
    process.stdout.write(
      `  ${TOTAL} invoices, ${SUPPLIERS} suppliers; the bench user's structure has ${TOTAL / 10}\n`,
    );
    const recipientId = lpad(10000000000000 + recipients[10]!.n);
    await search(
      'by structure + status + deposit date range',
      `structureId=${mine.id}&status=MISE_A_DISPOSITION&depositedFrom=2024-03-01&depositedTo=2024-03-31`,
      {
        structureId: mine.id,
        statuses: ['MISE_A_DISPOSITION'],
        depositedFrom: new Date('2024-03-01T00:00:00Z'),
        depositedTo: new Date('2024-04-01T00:00:00Z'),
      },
    );
    await search(
      'by number prefix',
      'number=F2024-0000&sort=number&direction=asc',
      { numberPrefix: 'F2024-0000' },
      'number',
    );
    await search('by recipient identifier', `recipient=${recipientId}`, { recipient: recipientId });
    await search('by recipient name', `recipient=${encodeURIComponent('numéro 211')}`, {
      recipient: 'numéro 211',
    });

    // Sending: drafts through the API, then « Valider et envoyer », request to response.
    await db
      .updateTable('structures')
      .set({ vat_number: 'FR32123456789' })
      .where('id', '=', mine.id)
      .execute();
    const sendSamples: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      const draft = await app.inject({
        method: 'POST',
        url: '/api/v1/invoices',
        headers,
        payload: {
          structureId: mine.id,
          invoice: {
            recipient: { identifier: lpad(10000000000000 + recipients[0]!.n) },
            billingFramework: 'A1',
            kind: 'invoice',
            number: `BENCH-${i}`,
            currency: 'EUR',
            vatRegime: 'DEBIT',
            issueDate: now.toISOString().slice(0, 10),
            dueDate: now.toISOString().slice(0, 10),
            paymentMeans: 'VIREMENT',
            iban: 'FR7630006000011234567890189',
            lines: Array.from({ length: 5 }, (_, l) => ({
              description: `Ligne ${l}`,
              quantity: '3',
              unitCode: 'C62',
              unitPrice: '19.99',
              vatCategory: 'S',
              vatRate: '20',
            })),
            allowances: [],
            charges: [],
            attachments: [],
          },
        },
      });
      const id = draft.json<{ id: string }>().id;
      const ms = await time(async () => {
        const res = await app.inject({
          method: 'POST',
          url: `/api/v1/invoices/${id}/send`,
          headers,
        });
        if (res.statusCode !== 200) throw new Error(`send: ${res.statusCode} ${res.body}`);
      });
      if (i >= 10) sendSamples.push(ms);
    }
    process.stdout.write(
      `  send an invoice (5 lines; rules, Factur-X PDF, receipt, events): ${stats(sendSamples)}\n`,
    );
  } finally {
    await app.close();
    await runtime.close();
    // Dropping the database ends any connection still open: that is expected, not a failure.
    process.on('uncaughtException', (error: Error & { code?: string }) => {
      if (error.code !== '57P01') throw error;
    });
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function lpad(n: number): string {
  return String(n).padStart(14, '0');
}
