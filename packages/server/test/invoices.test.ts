import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrokenLink } from '../src/domain/invoices/event-chain';
import { createTestEnv, type TestEnv } from './support/app';
import { invoiceBody, multipartBody, publicStructure } from './support/invoices';
import { person, setRequireValidation, structureOf, type Person } from './support/structures';

let env: TestEnv;
let supplier: Person;
let stranger: Person;
let structureId: string;
let strangerStructureId: string;
let recipient: { id: string; siret: string };

type Detail = {
  id: string;
  status: string;
  choraleId: string | null;
  number: string;
  totalInclVat: string;
  findings: Array<{ rule: string; code: string; field: string | null }>;
  history: Array<{ from: string | null; to: string; hash: string }>;
  documents: { facturxSha256: string | null; receiptSha256: string | null };
  attachments: Array<{ designation: string; sha256: string }>;
};
type Problem = { code: string; reason?: string; details: Array<{ rule?: string; field?: string }> };

const create = (
  who: Person,
  invoice: unknown,
  options: { structure?: string; key?: string } = {},
) =>
  env.app.inject({
    method: 'POST',
    url: '/api/v1/invoices',
    headers: { ...who.headers, ...(options.key ? { 'idempotency-key': options.key } : {}) },
    payload: { structureId: options.structure ?? structureId, invoice },
  });
const send = (who: Person, id: string, key?: string) =>
  env.app.inject({
    method: 'POST',
    url: `/api/v1/invoices/${id}/send`,
    headers: { ...who.headers, ...(key ? { 'idempotency-key': key } : {}) },
  });
const get = (who: Person | undefined, url: string) =>
  env.app.inject({ method: 'GET', url, ...(who ? { headers: who.headers } : {}) });

beforeAll(async () => {
  env = await createTestEnv();
  await setRequireValidation(env, false);
  supplier = await person(env, { language: 'en' });
  stranger = await person(env);
  structureId = (await structureOf(env, supplier, 'Menuiserie Dupont')).id;
  strangerStructureId = (await structureOf(env, stranger, 'Autre SARL')).id;
  // Standard-rated lines need the seller's VAT identifier (BR-S-02).
  await env.ctx.db
    .updateTable('structures')
    .set({ vat_number: 'FR32123456789' })
    .where('id', 'in', [structureId, strangerStructureId])
    .execute();
  recipient = await publicStructure(env, {
    name: 'Commune de Rouen',
    serviceCodeRequired: true,
    services: [{ code: 'FIN' }, { code: 'OLD', active: false }],
  });
});
afterAll(async () => {
  await env.close();
});

describe('unhappy paths first', () => {
  it('401 without a session', async () => {
    expect((await get(undefined, '/api/v1/invoices')).statusCode).toBe(401);
    const res = await env.app.inject({ method: 'POST', url: '/api/v1/invoices', payload: {} });
    expect(res.statusCode).toBe(401);
  });

  it('400 naming the field: a float-looking amount, an unknown property', async () => {
    const bad = invoiceBody(recipient.siret, {
      lines: [
        {
          description: 'x',
          quantity: '1',
          unitCode: 'C62',
          unitPrice: '1e3',
          vatCategory: 'S',
          vatRate: '20',
        },
      ],
    });
    const res = await create(supplier, bad);
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().details[0]?.field).toMatch(
      /lines\/0\/unitPrice|lines\.0\.unitPrice|unitPrice/,
    );
    const extra = await create(supplier, { ...invoiceBody(recipient.siret), status: 'DEPOSEE' });
    expect(extra.statusCode).toBe(400);
  });

  it('404 for a structure that is not the user’s, and for another structure’s invoice', async () => {
    expect(
      (await create(supplier, invoiceBody(recipient.siret), { structure: strangerStructureId }))
        .statusCode,
    ).toBe(404);
    const theirs = (
      await create(stranger, invoiceBody(recipient.siret), { structure: strangerStructureId })
    ).json<Detail>();
    expect((await get(supplier, `/api/v1/invoices/${theirs.id}`)).statusCode).toBe(404);
    expect((await send(supplier, theirs.id)).statusCode).toBe(404);
    const put = await env.app.inject({
      method: 'PUT',
      url: `/api/v1/invoices/${theirs.id}`,
      headers: supplier.headers,
      payload: invoiceBody(recipient.siret),
    });
    expect(put.statusCode).toBe(404);
    const del = await env.app.inject({
      method: 'DELETE',
      url: `/api/v1/invoices/${theirs.id}`,
      headers: supplier.headers,
    });
    expect(del.statusCode).toBe(404);
    expect((await get(supplier, `/api/v1/invoices/${theirs.id}/documents/ubl`)).statusCode).toBe(
      404,
    );
    const search = await get(supplier, `/api/v1/invoices?number=${theirs.number}`);
    expect(search.json<{ total: number }>().total).toBe(0);
  });
});

describe('drafts and sending', () => {
  it('saves a draft that lists what stands in the way, refuses to send it, then sends once', async () => {
    const draft = await create(
      supplier,
      invoiceBody(recipient.siret, { recipient: { identifier: recipient.siret } }),
    );
    expect(draft.statusCode).toBe(201);
    const d = draft.json<Detail>();
    expect(d.status).toBe('BROUILLON');
    expect(d.totalInclVat).toBe('120.00');
    expect(d.findings.map((f) => f.rule)).toEqual(['CHORALE-SERVICE-REQUIRED']);

    const refused = await send(supplier, d.id);
    expect(refused.statusCode).toBe(400);
    expect(refused.json<Problem>()).toMatchObject({
      reason: 'SERVICE_REQUIRED',
      details: [{ rule: 'CHORALE-SERVICE-REQUIRED', field: 'recipient.serviceCode' }],
    });

    const inactive = await env.app.inject({
      method: 'PUT',
      url: `/api/v1/invoices/${d.id}`,
      headers: supplier.headers,
      payload: invoiceBody(recipient.siret, {
        number: d.number,
        recipient: { identifier: recipient.siret, serviceCode: 'OLD' },
      }),
    });
    expect(inactive.json<Detail>().findings.map((f) => f.code)).toEqual(['SERVICE_INACTIVE']);
    await env.app.inject({
      method: 'PUT',
      url: `/api/v1/invoices/${d.id}`,
      headers: supplier.headers,
      payload: invoiceBody(recipient.siret, { number: d.number }),
    });

    const [first, second] = [
      await send(supplier, d.id, 'send-key-0001'),
      await send(supplier, d.id, 'send-key-0001'),
    ];
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    const sent = first.json<Detail>();
    expect(second.json<Detail>().choraleId).toBe(sent.choraleId);
    expect(sent.status).toBe('MISE_A_DISPOSITION');
    expect(sent.choraleId).toMatch(/^CHO\d{13}$/);
    expect(sent.history.map((h) => `${h.from}>${h.to}`)).toEqual([
      'null>BROUILLON',
      'BROUILLON>DEPOSEE',
      'DEPOSEE>MISE_A_DISPOSITION',
    ]);
    const events = await env.ctx.db
      .selectFrom('invoice_events')
      .selectAll()
      .where('invoice_id', '=', d.id)
      .orderBy('seq')
      .execute();
    const chain = events.map((e) => ({
      invoiceId: e.invoice_id,
      seq: e.seq,
      at: new Date(e.at).toISOString(),
      actorUserId: e.actor_user_id,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      reason: e.reason,
      previousHash: e.previous_hash,
      hash: e.hash,
    }));
    expect(findBrokenLink(chain)).toBe(-1);

    // Without a key, a second send is refused: the invoice is immutable.
    expect((await send(supplier, d.id)).statusCode).toBe(409);
    const put = await env.app.inject({
      method: 'PUT',
      url: `/api/v1/invoices/${d.id}`,
      headers: supplier.headers,
      payload: invoiceBody(recipient.siret),
    });
    expect(put.json<Problem>()).toMatchObject({ code: 'CONFLICT', reason: 'INVOICE_NOT_EDITABLE' });
    const del = await env.app.inject({
      method: 'DELETE',
      url: `/api/v1/invoices/${d.id}`,
      headers: supplier.headers,
    });
    expect(del.statusCode).toBe(409);

    const pdf = await get(supplier, `/api/v1/invoices/${d.id}/documents/facturx`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(pdf.rawPayload).digest('hex')).toBe(
      sent.documents.facturxSha256,
    );
    const receipt = await get(supplier, `/api/v1/invoices/${d.id}/documents/receipt`);
    expect(receipt.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const ubl = await get(supplier, `/api/v1/invoices/${d.id}/documents/ubl`);
    expect(ubl.body).toContain(`<cbc:ID>${d.number}</cbc:ID>`);
    const cii = await get(supplier, `/api/v1/invoices/${d.id}/documents/cii`);
    expect(cii.body).toContain('CrossIndustryInvoice');

    // The same key for another request is refused.
    const other = (await create(supplier, invoiceBody(recipient.siret))).json<Detail>();
    expect((await send(supplier, other.id, 'send-key-0001')).statusCode).toBe(422);

    // The structure's users with notifications on get a mail in their language.
    await env.drainJobs();
    const mail = await env.smtp.waitFor(
      (m) => m.to.includes(supplier.email) && m.subject.includes(d.number),
    );
    expect(mail.subject).toContain(`Invoice ${d.number}`);
    const notes = await env.ctx.db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', supplier.userId)
      .execute();
    expect(notes.length).toBeGreaterThan(0);
    const mine = await get(supplier, '/api/v1/me/notifications');
    expect(mine.json<Array<{ invoiceId: string; readAt: string | null }>>()[0]).toMatchObject({
      invoiceId: d.id,
      readAt: null,
    });
    expect((await get(stranger, '/api/v1/me/notifications')).json<unknown[]>()).toEqual([]);
    const read = await env.app.inject({
      method: 'POST',
      url: '/api/v1/me/notifications/read',
      headers: supplier.headers,
    });
    expect(read.statusCode).toBe(204);
  });

  it('creating twice with the same Idempotency-Key makes one draft', async () => {
    const body = invoiceBody(recipient.siret);
    const a = await create(supplier, body, { key: 'create-key-01' });
    const b = await create(supplier, body, { key: 'create-key-01' });
    expect(b.json<Detail>().id).toBe(a.json<Detail>().id);
    expect(
      (await create(supplier, { ...body, number: 'OTHER-1' }, { key: 'create-key-01' })).statusCode,
    ).toBe(422);
  });

  it('refuses a number already sent this year (DUPLICATE_INVOICE_NUMBER)', async () => {
    const body = invoiceBody(recipient.siret, { number: 'DUP-2026-1' });
    const first = (await create(supplier, body)).json<Detail>();
    expect((await send(supplier, first.id)).statusCode).toBe(200);
    const again = (await create(supplier, body)).json<Detail>();
    const res = await send(supplier, again.id);
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>()).toMatchObject({
      reason: 'DUPLICATE_INVOICE_NUMBER',
      details: [{ field: 'number' }],
    });
  });

  it('A9 needs a valideur and then waits for it (A_VALIDER_1); credit notes name a sent invoice', async () => {
    const noValidator = (
      await create(supplier, invoiceBody(recipient.siret, { billingFramework: 'A9' }))
    ).json<Detail>();
    expect(noValidator.findings.map((f) => f.code)).toContain('VALIDATOR_REQUIRED');
    const titulaire = await publicStructure(env, { name: 'Titulaire SA' });
    const a9Missing = await send(supplier, noValidator.id);
    expect(a9Missing.json<Problem>().details.map((d) => d.rule)).toContain(
      'CHORALE-VALIDATOR-REQUIRED',
    );
    const a9 = (
      await create(
        supplier,
        invoiceBody(recipient.siret, {
          billingFramework: 'A9',
          validator: { identifier: titulaire.siret },
        }),
      )
    ).json<Detail>();
    const sent = await send(supplier, a9.id);
    expect(sent.json<Detail>().status).toBe('A_VALIDER_1');

    const credit = (
      await create(
        supplier,
        invoiceBody(recipient.siret, {
          kind: 'creditNote',
          precedingInvoiceNumber: 'NOPE-1',
          paymentMeans: undefined,
        }),
      )
    ).json<Detail>();
    expect((await send(supplier, credit.id)).json<Problem>().reason).toBe(
      'PRECEDING_INVOICE_UNKNOWN',
    );
  });

  it('deletes a draft', async () => {
    const d = (await create(supplier, invoiceBody(recipient.siret))).json<Detail>();
    const res = await env.app.inject({
      method: 'DELETE',
      url: `/api/v1/invoices/${d.id}`,
      headers: supplier.headers,
    });
    expect(res.statusCode).toBe(204);
    expect((await get(supplier, `/api/v1/invoices/${d.id}`)).statusCode).toBe(404);
  });
});

describe('attachments', () => {
  it('checks content, keeps the library, attaches to a draft and downloads', async () => {
    const fake = multipartBody({ name: 'facture.pdf', bytes: Buffer.from('MZ not a pdf') });
    const refused = await env.app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { ...supplier.headers, ...fake.headers },
      payload: fake.payload,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<Problem>().reason).toBe('CONTENT_MISMATCH');

    const good = multipartBody(
      { name: 'bon.pdf', bytes: Buffer.from('%PDF-1.4\n%%EOF\n') },
      { designation: 'Bon de livraison', library: 'true' },
    );
    const up = await env.app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { ...supplier.headers, ...good.headers },
      payload: good.payload,
    });
    expect(up.statusCode).toBe(201);
    const file = up.json<{ id: string; inLibrary: boolean }>();
    expect(file.inLibrary).toBe(true);
    const library = await get(supplier, '/api/v1/me/attachments');
    expect(library.json<Array<{ id: string }>>().map((f) => f.id)).toContain(file.id);
    // Another user cannot use it.
    const theirs = await create(
      stranger,
      invoiceBody(recipient.siret, { attachments: [{ attachmentId: file.id, designation: 'x' }] }),
      {
        structure: strangerStructureId,
      },
    );
    expect(theirs.statusCode).toBe(400);

    const d = (
      await create(
        supplier,
        invoiceBody(recipient.siret, {
          attachments: [{ attachmentId: file.id, designation: 'BL 42' }],
        }),
      )
    ).json<Detail>();
    expect(d.attachments).toMatchObject([{ designation: 'BL 42' }]);
    const dl = await get(supplier, `/api/v1/invoices/${d.id}/attachments/0`);
    expect(dl.body).toContain('%PDF-1.4');
    expect(dl.headers['content-disposition']).toMatch(/^attachment/);
  });
});

describe('finding and following', () => {
  it('searches by number, recipient, status; pages with a cursor; counts; exports CSV', async () => {
    const formula = await publicStructure(env, { name: '=HYPERLINK("http://evil")' });
    const numbers = ['SRCH-001', 'SRCH-002', 'SRCH-003'];
    for (const number of numbers) {
      const d = (
        await create(
          supplier,
          invoiceBody(formula.siret, { number, recipient: { identifier: formula.siret } }),
        )
      ).json<Detail>();
      expect((await send(supplier, d.id)).statusCode).toBe(200);
    }
    const page1 = (
      await get(supplier, '/api/v1/invoices?number=SRCH-&limit=2&sort=number&direction=asc')
    ).json<{
      items: Detail[];
      total: number;
      nextCursor: string | null;
    }>();
    expect(page1.total).toBe(3);
    expect(page1.items.map((i) => i.number)).toEqual(['SRCH-001', 'SRCH-002']);
    const page2 = (
      await get(
        supplier,
        `/api/v1/invoices?number=SRCH-&limit=2&sort=number&direction=asc&cursor=${page1.nextCursor}`,
      )
    ).json<{ items: Detail[]; nextCursor: string | null }>();
    expect(page2.items.map((i) => i.number)).toEqual(['SRCH-003']);
    expect(page2.nextCursor).toBeNull();

    // Deposit order, newest first, one row per page: every invoice exactly once.
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: { items: Detail[]; nextCursor: string | null } = (
        await get(
          supplier,
          `/api/v1/invoices?number=SRCH-&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        )
      ).json();
      seen.push(...page.items.map((i) => i.number));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(['SRCH-003', 'SRCH-002', 'SRCH-001']);

    const byRecipient = (await get(supplier, `/api/v1/invoices?recipient=${formula.siret}`)).json<{
      total: number;
    }>();
    expect(byRecipient.total).toBe(3);
    const byName = (await get(supplier, '/api/v1/invoices?recipient=hyperlink')).json<{
      total: number;
    }>();
    expect(byName.total).toBe(3);
    const drafts = (await get(supplier, '/api/v1/invoices?status=BROUILLON&number=SRCH')).json<{
      total: number;
    }>();
    expect(drafts.total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    const byDates = (
      await get(
        supplier,
        `/api/v1/invoices?number=SRCH&depositedFrom=${today}&depositedTo=${today}&amountMin=100&amountMax=200&issueDateFrom=2026-01-01`,
      )
    ).json<{ total: number }>();
    expect(byDates.total).toBe(3);

    const csv = await get(supplier, '/api/v1/invoices/export.csv?number=SRCH&lang=fr');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv.body).not.toMatch(/;=HYPERLINK/);

    const toProcess = (await get(supplier, '/api/v1/invoices/to-process')).json<Detail[]>();
    expect(toProcess.every((i) => i.status === 'BROUILLON')).toBe(true);
    const recent = (await get(supplier, '/api/v1/invoices/recent-events')).json<Detail[]>();
    expect(recent.length).toBeGreaterThan(0);
    expect(
      (await get(stranger, '/api/v1/invoices?number=SRCH')).json<{ total: number }>().total,
    ).toBe(0);
  });
});

describe('checking as the user types', () => {
  it('returns the portal rules without saving, only for the user’s structures', async () => {
    const check = (who: Person, structure: string, invoice: unknown) =>
      env.app.inject({
        method: 'POST',
        url: '/api/v1/invoices/check',
        headers: who.headers,
        payload: { structureId: structure, invoice },
      });
    expect(
      (await check(supplier, strangerStructureId, invoiceBody(recipient.siret))).statusCode,
    ).toBe(404);
    const before = await env.ctx.db.selectFrom('invoices').select('id').execute();
    const res = await check(
      supplier,
      structureId,
      invoiceBody(recipient.siret, {
        number: 'BAD NUMBER',
        iban: 'FR00',
        recipient: { identifier: recipient.siret },
      }),
    );
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json<{ findings: Array<{ field: string; rule: string }> }>()
        .findings.map((f) => `${f.field}:${f.rule}`),
    ).toEqual([
      'number:CHORALE-INVOICE-NUMBER-FORMAT',
      'iban:CHORALE-IBAN-INVALID',
      'recipient.serviceCode:CHORALE-SERVICE-REQUIRED',
    ]);
    expect((await env.ctx.db.selectFrom('invoices').select('id').execute()).length).toBe(
      before.length,
    );
  });
});
