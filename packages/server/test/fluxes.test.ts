import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBlobStore } from '../src/storage/blob-store';
import { createTestEnv, type TestEnv } from './support/app';
import { buildTarGz, buildZip } from './support/flux-archives';
import {
  cii,
  depositJson,
  facturx,
  ubl,
  type FluxParties,
  fluxDetail,
} from './support/flux-deposits';
import { multipartBody, publicStructure } from './support/invoices';
import { person, setRequireValidation, structureOf, type Person } from './support/structures';

let env: TestEnv;
let supplier: Person;
let stranger: Person;
let structureId: string;
let parties: FluxParties;

const get = (who: Person, url: string) =>
  env.app.inject({ method: 'GET', url, headers: who.headers });
const detailOf = (who: Person, id: string) => fluxDetail(env, who, id);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Deposits through the API and integrates (the job runs when the queue is drained). */
async function depositAndIntegrate(
  bytes: Uint8Array,
  syntax = 'IN_DP_E1_UBL_INVOICE',
  fileName = 'flux.xml',
) {
  const res = await depositJson(env, supplier, bytes, { structureId, syntax, fileName });
  expect(res.statusCode, res.body).toBe(202);
  await env.drainJobs();
  return detailOf(supplier, res.json<{ id: string }>().id);
}

beforeAll(async () => {
  env = await createTestEnv();
  await setRequireValidation(env, false);
  supplier = await person(env, { language: 'en' });
  stranger = await person(env);
  const s = await structureOf(env, supplier, 'Menuiserie Dupont');
  structureId = s.id;
  await structureOf(env, stranger, 'Autre SARL');
  const recipient = await publicStructure(env, {
    name: 'Commune de Rouen',
    serviceCodeRequired: true,
    services: [{ code: 'FIN' }],
  });
  parties = {
    supplier: { siret: s.siret, name: 'Menuiserie Dupont' },
    recipient: { siret: recipient.siret, name: 'Commune de Rouen' },
  };
});
afterAll(async () => {
  await env.close();
});

describe('intake: unhappy paths first', () => {
  it('401 without a session', async () => {
    const res = await env.app.inject({ method: 'POST', url: '/api/v1/fluxes', payload: {} });
    expect(res.statusCode).toBe(401);
  });

  it('400 naming the field: missing file, unknown syntax, not base64', async () => {
    const bytes = ubl(parties, { number: 'BAD-1' });
    const noFile = await env.app.inject({
      method: 'POST',
      url: '/api/v1/fluxes',
      headers: supplier.headers,
      payload: { structureId, syntaxeFlux: 'IN_DP_E1_UBL_INVOICE', nomFichier: 'a.xml' },
    });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json<{ details: Array<{ field: string }> }>().details[0]?.field).toBe(
      'fichierFlux',
    );
    const syntax = await depositJson(env, supplier, bytes, {
      structureId,
      syntax: 'IN_DP_E1_XCBL',
    });
    expect(syntax.statusCode).toBe(400);
    expect(syntax.json<{ reason: string }>().reason).toBe('FLUX_SYNTAX_UNKNOWN');
    const count = await env.ctx.db
      .selectFrom('fluxes')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it("404 for another structure's deposit, list and flux", async () => {
    const bytes = ubl(parties, { number: 'OTHER-1' });
    const res = await depositJson(env, stranger, bytes, { structureId });
    expect(res.statusCode).toBe(404);
    const own = await depositJson(env, supplier, bytes, { structureId });
    expect(own.statusCode).toBe(202);
    const id = own.json<{ id: string }>().id;
    expect((await get(stranger, `/api/v1/fluxes/${id}`)).statusCode).toBe(404);
    expect((await get(stranger, `/api/v1/fluxes/${id}/report.csv`)).statusCode).toBe(404);
    const list = await get(stranger, '/api/v1/fluxes');
    expect(list.json<{ items: unknown[] }>().items).toEqual([]);
    await env.drainJobs();
  });
});

describe('integration of single files', () => {
  it('a single UBL invoice: accepted, stored as a sent invoice with the flux number', async () => {
    const bytes = ubl(parties, { number: 'UBL-1' });
    const detail = await depositAndIntegrate(bytes);
    expect(detail.status, JSON.stringify(detail.items[0]?.findings)).toBe('IN_INTEGRE');
    expect(detail.number).toMatch(/^FLX\d{4}\d{9}$/);
    expect(detail.counts).toEqual({ total: 1, processed: 1, accepted: 1, refused: 0 });
    const item = detail.items[0]!;
    expect(item.status).toBe('accepted');
    expect(item.invoice?.choraleId).toMatch(/^CHO\d{13}$/);
    const invoice = await env.ctx.db
      .selectFrom('invoices')
      .selectAll()
      .where('id', '=', item.invoice!.id)
      .executeTakeFirstOrThrow();
    expect(invoice.status).toBe('MISE_A_DISPOSITION');
    expect(invoice.flux_id).toBe(detail.id);
    expect(invoice.deposit_mode).toBe('UPLOAD_API');
    expect(invoice.number).toBe('UBL-1');
    expect(invoice.total_incl_vat).toBe('120.00');
    // The original file, byte for byte.
    expect(invoice.source_sha256).toBe(sha(bytes));
    const kept = await createBlobStore(env.ctx.config.dataDir).get(invoice.source_sha256!);
    expect(Buffer.compare(kept!, Buffer.from(bytes))).toBe(0);
    const events = await env.ctx.db
      .selectFrom('invoice_events')
      .select(['from_status', 'to_status'])
      .where('invoice_id', '=', invoice.id)
      .orderBy('seq')
      .execute();
    expect(events).toEqual([
      { from_status: null, to_status: 'DEPOSEE' },
      { from_status: 'DEPOSEE', to_status: 'MISE_A_DISPOSITION' },
    ]);
    const page = await get(supplier, `/api/v1/invoices/${invoice.id}`);
    expect(page.statusCode).toBe(200);
  });

  it('a single CII invoice and a single Factur-X PDF', async () => {
    const c = await depositAndIntegrate(cii(parties, { number: 'CII-1' }), 'IN_DP_E1_CII_16B');
    expect(c.status, JSON.stringify(c.items[0]?.findings)).toBe('IN_INTEGRE');
    const pdf = await facturx(parties, { number: 'FX-1' });
    const f = await depositAndIntegrate(pdf, 'IN_DP_E2_CII_FACTURX', 'facture.pdf');
    expect(f.status, JSON.stringify(f.items[0]?.findings)).toBe('IN_INTEGRE');
    const invoice = await env.ctx.db
      .selectFrom('invoices')
      .select(['source_media_type', 'source_sha256'])
      .where('id', '=', f.items[0]!.invoice!.id)
      .executeTakeFirstOrThrow();
    expect(invoice).toEqual({ source_media_type: 'application/pdf', source_sha256: sha(pdf) });
  });

  it('multipart upload from the portal', async () => {
    const bytes = ubl(parties, { number: 'MP-1' });
    const body = multipartBody(
      { name: 'x', bytes },
      { structureId, syntaxeFlux: 'IN_DP_E1_UBL_INVOICE' },
    );
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/fluxes',
      headers: { ...supplier.headers, ...body.headers, 'x-chorale-client': 'portal' },
      payload: body.payload
        .toString('latin1')
        .replace('name="file"', 'name="fichierFlux"')
        .replace('filename="x"', 'filename="lot.xml"'),
    });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json<{ channel: string; fileName: string }>()).toMatchObject({
      channel: 'portal',
      fileName: 'lot.xml',
    });
  });
});

describe('archives of several invoices', () => {
  it('a zip: valid invoices accepted, invalid ones refused with their rule IDs', async () => {
    const zip = buildZip([
      { name: 'lot/A-1.xml', data: ubl(parties, { number: 'ZIP-1' }) },
      { name: 'lot/A-2.xml', data: ubl(parties, { number: 'ZIP-2', lines: 3 }) },
      // EN 16931: standard rate without the seller's VAT identifier.
      { name: 'lot/A-3.xml', data: ubl(parties, { number: 'ZIP-3', withoutSellerVat: true }) },
      // Portal rule: no public structure has this SIRET.
      {
        name: 'lot/A-4.xml',
        data: ubl(parties, { number: 'ZIP-4', recipientSiret: '11111111111111' }),
      },
      // Portal rule: a number twice in the same flux.
      { name: 'lot/A-5.xml', data: ubl(parties, { number: 'ZIP-1' }) },
      // Another syntax in a UBL flux.
      { name: 'lot/A-6.xml', data: cii(parties, { number: 'ZIP-6' }) },
    ]);
    const detail = await depositAndIntegrate(zip, 'IN_DP_E1_UBL_INVOICE', 'lot.zip');
    expect(detail.status).toBe('IN_INTEGRE_PARTIEL');
    expect(detail.counts).toEqual({ total: 6, processed: 6, accepted: 2, refused: 4 });
    const byName = new Map(detail.items.map((i) => [i.fileName, i]));
    expect(byName.get('lot/A-1.xml')?.status).toBe('accepted');
    expect(byName.get('lot/A-2.xml')?.invoice?.number).toBe('ZIP-2');
    const rules = (name: string) => byName.get(name)!.findings.map((f) => f.rule);
    expect(byName.get('lot/A-3.xml')?.status).toBe('refused');
    expect(rules('lot/A-3.xml')).toContain('BR-S-02');
    expect(rules('lot/A-4.xml')).toContain('CHORALE-RECIPIENT-UNKNOWN');
    const unknown = byName
      .get('lot/A-4.xml')!
      .findings.find((f) => f.rule === 'CHORALE-RECIPIENT-UNKNOWN');
    // In the user's language, with where it applies in the file.
    expect(unknown?.message).toMatch(/public structure/);
    expect(unknown?.location).toMatch(/BuyerCustomerParty|AccountingCustomerParty/);
    expect(rules('lot/A-5.xml')).toContain('CHORALE-DUPLICATE-INVOICE-NUMBER');
    expect(rules('lot/A-6.xml')[0]).toMatch(/^FLUX_/);
    const stored = await env.ctx.db
      .selectFrom('invoices')
      .select('number')
      .where('flux_id', '=', detail.id)
      .orderBy('number')
      .execute();
    expect(stored.map((r) => r.number)).toEqual(['ZIP-1', 'ZIP-2']);
  });

  it('a tar.gz of CII; a number already sent by the structure is refused', async () => {
    const tgz = buildTarGz([
      { name: 'c1.xml', data: cii(parties, { number: 'TGZ-1' }) },
      { name: 'c2.xml', data: cii(parties, { number: 'UBL-1' }) },
      { name: 'c3.xml', data: cii(parties, { number: 'TGZ-3' }) },
    ]);
    const detail = await depositAndIntegrate(tgz, 'IN_DP_E1_CII_16B', 'lot.tar.gz');
    expect(detail.status).toBe('IN_INTEGRE_PARTIEL');
    expect(detail.items.map((i) => i.status)).toEqual(['accepted', 'refused', 'accepted']);
    expect(detail.items[1]!.findings.map((f) => f.rule)).toContain(
      'CHORALE-DUPLICATE-INVOICE-NUMBER',
    );
    const report = await get(supplier, `/api/v1/fluxes/${detail.id}/report.csv`);
    expect(report.statusCode).toBe(200);
    expect(report.body).toContain('CHORALE-DUPLICATE-INVOICE-NUMBER');
    const pdf = await get(supplier, `/api/v1/fluxes/${detail.id}/report.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refusals at intake are recorded as IN_REJETE with their reason', async () => {
    const mismatch = await depositJson(env, supplier, cii(parties, { number: 'MIS-1' }), {
      structureId,
      syntax: 'IN_DP_E1_UBL_INVOICE',
    });
    expect(mismatch.statusCode).toBe(202);
    const m = mismatch.json<{ status: string; refusal: { code: string; message: string } }>();
    expect(m.status).toBe('IN_REJETE');
    expect(m.refusal.code).toMatch(/^FLUX_/);
    const slip = buildZip([{ name: '../evil.xml', data: ubl(parties, { number: 'EVIL-1' }) }]);
    const s = await depositJson(env, supplier, slip, { structureId, fileName: 'evil.zip' });
    expect(s.json<{ status: string; refusal: { code: string } }>()).toMatchObject({
      status: 'IN_REJETE',
      refusal: { code: 'FLUX_ARCHIVE_UNSAFE_NAME' },
    });
    const junk = await depositJson(env, supplier, new TextEncoder().encode('not an invoice'), {
      structureId,
    });
    expect(junk.json<{ status: string }>().status).toBe('IN_REJETE');
    // Nothing queued for them; they show in the structure's list.
    const list = await get(supplier, `/api/v1/fluxes?structureId=${structureId}&status=IN_REJETE`);
    const ids = list.json<{ items: Array<{ id: string }> }>().items.map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining([mismatch.json<{ id: string }>().id, s.json<{ id: string }>().id]),
    );
  });
});

describe('idempotency, duplicates, mail', () => {
  it('same key → same flux; same key with another file → 422', async () => {
    const bytes = ubl(parties, { number: 'IDEM-1' });
    const first = await depositJson(env, supplier, bytes, { structureId, key: 'flux-key-0001' });
    const again = await depositJson(env, supplier, bytes, { structureId, key: 'flux-key-0001' });
    expect(first.statusCode).toBe(202);
    expect(again.statusCode).toBe(202);
    expect(again.json<{ id: string }>().id).toBe(first.json<{ id: string }>().id);
    const other = await depositJson(env, supplier, ubl(parties, { number: 'IDEM-2' }), {
      structureId,
      key: 'flux-key-0001',
    });
    expect(other.statusCode).toBe(422);
    expect(other.json<{ reason: string }>().reason).toBe('IDEMPOTENCY_KEY_REUSED');
    await env.drainJobs();
  });

  it('the same file sent again is flagged as a duplicate of the first flux', async () => {
    const bytes = ubl(parties, { number: 'DUP-1' });
    const first = await depositJson(env, supplier, bytes, { structureId });
    const second = await depositJson(env, supplier, bytes, { structureId });
    const f = first.json<{ id: string; number: string; duplicateOf: unknown }>();
    expect(f.duplicateOf).toBeNull();
    expect(second.json<{ duplicateOf: unknown }>().duplicateOf).toEqual({
      id: f.id,
      number: f.number,
    });
    await env.drainJobs();
    // Integrated anyway: its invoice is refused as a duplicate number.
    const d = await detailOf(supplier, second.json<{ id: string }>().id);
    expect(d.status).toBe('IN_REJETE');
    expect(d.items[0]!.findings.map((x) => x.rule)).toContain('CHORALE-DUPLICATE-INVOICE-NUMBER');
  });

  it('the depositing user gets an e-mail with the counts, in their language', async () => {
    const zip = buildZip([
      { name: 'm1.xml', data: ubl(parties, { number: 'MAIL-1' }) },
      { name: 'm2.xml', data: ubl(parties, { number: 'MAIL-2', withoutSellerVat: true }) },
    ]);
    const detail = await depositAndIntegrate(zip, 'IN_DP_E1_UBL_INVOICE', 'mail.zip');
    await env.drainJobs();
    const mail = await env.smtp.waitFor(
      (m) => m.to.includes(supplier.email) && m.subject.includes(detail.number),
    );
    expect(mail.subject).toContain('partly integrated');
    expect(mail.text).toContain('1 invoice(s) accepted, 1 refused');
  });
});
