import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './support/app';
import { invoiceBody, publicStructure } from './support/invoices';
import {
  facturxPdf,
  multipartFiles,
  textInvoicePdf,
  type PrintedInvoice,
} from './support/pdf-deposits';
import { person, setRequireValidation, structureOf, type Person } from './support/structures';

let env: TestEnv;
let supplier: Person;
let stranger: Person;
let structureId: string;
let supplierSiret: string;
let recipient: { id: string; siret: string };
let printed: PrintedInvoice;
let textPdf: Uint8Array;

type Deposit = {
  id: string;
  status: string;
  format: string;
  channel: string;
  sha256: string;
  sizeBytes: number;
  progress: number;
  recognition: {
    method: string;
    fields: Record<string, { value: string; confidence: number }>;
    findings: Array<{ rule: string; severity: string }>;
  } | null;
  recipientMatch: { identifier: string; name: string | null; matchedBy?: string } | null;
  prefill: Record<string, unknown> & {
    number: string;
    issueDate: string;
    recipient: { identifier: string; serviceCode?: string };
    lines: Array<{ unitPrice: string; vatRate?: string; vatCategory: string }>;
  };
  signature: unknown;
  invoiceId: string | null;
};
type Problem = { code: string; reason?: string; details: Array<{ field?: string }> };
type Detail = {
  id: string;
  status: string;
  depositMode: string;
  source: { sha256: string; fileName: string; mediaType: string; sizeBytes: number | null } | null;
  signature: unknown;
  pdfDepositId: string | null;
  number: string;
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function upload(
  who: Person,
  pdf: Uint8Array,
  options: { format?: string; structure?: string; portal?: boolean; name?: string } = {},
) {
  const body = multipartFiles(
    { structureId: options.structure ?? structureId, format: options.format ?? 'PDF_NON_SIGNE' },
    [{ field: 'pdf', name: options.name ?? 'facture.pdf', bytes: pdf }],
  );
  return env.app.inject({
    method: 'POST',
    url: '/api/v1/pdf-deposits',
    headers: {
      ...who.headers,
      ...body.headers,
      ...(options.portal ? { 'x-chorale-client': 'portal' } : {}),
    },
    payload: body.payload,
  });
}

function uploadJson(who: Person, payload: Record<string, unknown>, portal = false) {
  return env.app.inject({
    method: 'POST',
    url: '/api/v1/pdf-deposits',
    headers: { ...who.headers, ...(portal ? { 'x-chorale-client': 'portal' } : {}) },
    payload,
  });
}

const get = (who: Person, url: string) =>
  env.app.inject({ method: 'GET', url, headers: who.headers });

beforeAll(async () => {
  env = await createTestEnv({ PDF_DEPOSIT_MAX_BYTES: String(2 * 1024 * 1024) });
  await setRequireValidation(env, false);
  supplier = await person(env, { language: 'fr' });
  stranger = await person(env);
  const s = await structureOf(env, supplier, 'Fournisseur SARL');
  structureId = s.id;
  supplierSiret = s.siret;
  await structureOf(env, stranger, 'Autre SARL');
  // Standard-rated lines need the seller's VAT identifier (BR-S-02).
  await env.ctx.db
    .updateTable('structures')
    .set({ vat_number: 'FR32123456789' })
    .where('id', '=', structureId)
    .execute();
  recipient = await publicStructure(env, { name: 'Commune de Rouen' });
  printed = {
    number: 'FA-2026-0042',
    issueDate: '2026-01-12',
    sellerSiret: supplierSiret,
    sellerVat: 'FR32123456789',
    buyerSiret: recipient.siret,
    totalExclVat: '1250.00',
    totalVat: '250.00',
    totalInclVat: '1500.00',
  };
  textPdf = await textInvoicePdf(printed);
});
afterAll(async () => {
  await env.close();
});

describe('refusals first (C8–C12): a clear code, in bounded time, nothing stored', () => {
  const countDeposits = async () =>
    Number(
      (
        await env.ctx.db
          .selectFrom('pdf_deposits')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('401 without a session; 404 for a structure that is not the user’s', async () => {
    const anonymous = await env.app.inject({
      method: 'POST',
      url: '/api/v1/pdf-deposits',
      payload: {},
    });
    expect(anonymous.statusCode).toBe(401);
    const res = await upload(stranger, textPdf);
    expect(res.statusCode).toBe(404);
  });

  it('400 naming the field: an unknown format, a body that is not base64', async () => {
    const res = await upload(supplier, textPdf, { format: 'PDF_SIGNE_TRUC' });
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().details[0]?.field).toBe('format');
    const json = await uploadJson(supplier, {
      structureId,
      format: 'PDF_NON_SIGNE',
      nomFichier: 'f.pdf',
      fichierFacture: 'pas du base64 !',
    });
    expect(json.statusCode).toBe(400);
    expect(json.json<Problem>().details[0]?.field).toBe('fichierFacture');
  });

  it('C10: HTML, ZIP and SVG named .pdf are refused by their magic bytes (NOT_PDF)', async () => {
    const before = await countDeposits();
    const fakes = [
      '<!DOCTYPE html><html><script>alert(1)</script></html>',
      'PK\u0003\u0004 not really a zip',
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>%PDF-1.7',
    ];
    for (const fake of fakes) {
      const res = await upload(supplier, Buffer.from(fake, 'latin1'));
      expect(res.statusCode).toBe(422);
      expect(res.json<Problem>().reason).toBe('NOT_PDF');
    }
    expect(await countDeposits()).toBe(before);
  });

  it('C9: a Flate bomb is refused (PDF_EXPANDS) in bounded time', async () => {
    const bomb = deflateSync(Buffer.alloc(200 * 1024 * 1024));
    const bytes = Buffer.concat([
      Buffer.from('%PDF-1.7\n1 0 obj << /Length 1 /Filter /FlateDecode >>\nstream\n'),
      bomb,
      Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
    ]);
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const start = Date.now();
    const res = await upload(supplier, bytes);
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().reason).toBe('PDF_EXPANDS');
    expect(Date.now() - start).toBeLessThan(10_000);
  });

  it('C9/C11: a truncated PDF is refused as malformed; an encrypted one as encrypted', async () => {
    const truncated = await upload(supplier, textPdf.subarray(0, Math.floor(textPdf.length / 2)));
    expect(truncated.statusCode).toBe(422);
    expect(truncated.json<Problem>().reason).toBe('PDF_MALFORMED');

    const doc = await PDFDocument.load(textPdf);
    const enc = doc.context.obj({ Filter: 'Standard', V: 2, R: 3, Length: 128, P: -44 });
    doc.context.trailerInfo.Encrypt = doc.context.register(enc);
    const encrypted = await upload(supplier, await doc.save({ useObjectStreams: false }));
    expect(encrypted.statusCode).toBe(422);
    expect(encrypted.json<Problem>().reason).toBe('PDF_ENCRYPTED');
  });

  it('a PDF over PDF_DEPOSIT_MAX_BYTES is refused (413 PDF_TOO_LARGE), multipart and JSON', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024 + 10, 0x20);
    big.write('%PDF-1.7\n');
    const res = await upload(supplier, big);
    expect(res.statusCode).toBe(413);
    expect(res.json<Problem>().reason).toBe('PDF_TOO_LARGE');
    const json = await uploadJson(supplier, {
      structureId,
      format: 'PDF_NON_SIGNE',
      nomFichier: 'grand.pdf',
      fichierFacture: big.toString('base64'),
    });
    expect(json.statusCode).toBe(413);
  });

  it('C8: a PDF with JavaScript and /OpenAction is stored unchanged, never run', async () => {
    const doc = await PDFDocument.load(textPdf);
    const js = doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: 'app.alert("x")' });
    doc.catalog.set(doc.context.obj('OpenAction'), doc.context.register(js));
    const active = await doc.save({ useObjectStreams: false });
    const res = await upload(supplier, active);
    expect(res.statusCode, res.body).toBe(201);
    const deposit = res.json<Deposit>();
    const file = await get(supplier, `/api/v1/pdf-deposits/${deposit.id}/pdf`);
    expect(file.headers['content-security-policy']).toContain('sandbox');
    expect(sha256(file.rawPayload)).toBe(sha256(active));
  });
});

describe('an unsigned PDF with a text layer', () => {
  let deposit: Deposit;

  it('is recognised at once: fields with confidence, recipient matched, a sendable pre-fill', async () => {
    const res = await upload(supplier, textPdf, { portal: true });
    expect(res.statusCode, res.body).toBe(201);
    deposit = res.json<Deposit>();
    expect(deposit.status).toBe('ready');
    expect(deposit.format).toBe('PDF_NON_SIGNE');
    expect(deposit.channel).toBe('portal');
    expect(deposit.sha256).toBe(sha256(textPdf));
    expect(deposit.sizeBytes).toBe(textPdf.length);
    expect(deposit.signature).toBeNull();
    const fields = deposit.recognition?.fields ?? {};
    expect(deposit.recognition?.method).toBe('text');
    expect(fields.invoiceNumber?.value).toBe(printed.number);
    expect(fields.issueDate?.value).toBe(printed.issueDate);
    expect(fields.totalWithVat?.value).toBe(printed.totalInclVat);
    expect(fields.invoiceNumber?.confidence).toBeGreaterThan(0);
    expect(deposit.recipientMatch?.identifier).toBe(recipient.siret);
    expect(deposit.prefill.number).toBe(printed.number);
    expect(deposit.prefill.issueDate).toBe(printed.issueDate);
    expect(deposit.prefill.recipient.identifier).toBe(recipient.siret);
    // No line table on the page: one line with the total excluding VAT at the implied 20 %.
    expect(deposit.prefill.lines).toHaveLength(1);
    expect(deposit.prefill.lines[0]).toMatchObject({
      unitPrice: printed.totalExclVat,
      vatCategory: 'S',
      vatRate: '20',
    });
  });

  it('is its depositor’s only: another user gets 404 on the deposit, its PDF and its invoice', async () => {
    expect((await get(stranger, `/api/v1/pdf-deposits/${deposit.id}`)).statusCode).toBe(404);
    expect((await get(stranger, `/api/v1/pdf-deposits/${deposit.id}/pdf`)).statusCode).toBe(404);
    const res = await env.app.inject({
      method: 'POST',
      url: `/api/v1/pdf-deposits/${deposit.id}/invoice`,
      headers: stranger.headers,
      payload: deposit.prefill,
    });
    expect(res.statusCode).toBe(404);
    expect((await get(supplier, `/api/v1/pdf-deposits/${deposit.id}`)).statusCode).toBe(200);
  });

  it('becomes a draft, then is sent: the deposited PDF stays the main document, byte for byte', async () => {
    const confirmed = { ...deposit.prefill, billingFramework: 'A1', purchaseOrder: 'EJ-42' };
    const created = await env.app.inject({
      method: 'POST',
      url: `/api/v1/pdf-deposits/${deposit.id}/invoice`,
      headers: supplier.headers,
      payload: confirmed,
    });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json<Detail>();
    expect(draft.status).toBe('BROUILLON');
    expect(draft.depositMode).toBe('DEPOT_PDF_PORTAIL');
    expect(draft.pdfDepositId).toBe(deposit.id);
    expect(draft.source).toEqual({
      fileName: 'facture.pdf',
      mediaType: 'application/pdf',
      sizeBytes: textPdf.length,
      sha256: sha256(textPdf),
    });
    const again = await env.app.inject({
      method: 'POST',
      url: `/api/v1/pdf-deposits/${deposit.id}/invoice`,
      headers: supplier.headers,
      payload: confirmed,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<Problem>().reason).toBe('DEPOSIT_ALREADY_USED');

    const sent = await env.app.inject({
      method: 'POST',
      url: `/api/v1/invoices/${draft.id}/send`,
      headers: { ...supplier.headers, 'idempotency-key': `send-${draft.id}` },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const detail = sent.json<Detail>();
    expect(detail.status).toBe('MISE_A_DISPOSITION');
    expect(detail.source?.sha256).toBe(sha256(textPdf));
    const row = await env.ctx.db
      .selectFrom('invoices')
      .select(['source_sha256', 'deposit_mode'])
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow();
    expect(row.source_sha256).toBe(sha256(textPdf));
    const main = await get(supplier, `/api/v1/invoices/${draft.id}/documents/source`);
    expect(main.statusCode).toBe(200);
    expect(main.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(main.rawPayload, Buffer.from(textPdf))).toBe(0);
    expect((await get(stranger, `/api/v1/invoices/${draft.id}/documents/source`)).statusCode).toBe(
      404,
    );
  });
});

describe('the recipient from the directory', () => {
  it('a buyer printed by its SIREN only is matched to the public structure’s SIRET', async () => {
    const pdf = await textInvoicePdf({ ...printed, number: 'FA-SIREN-1', buyerPrinted: 'siren' });
    const res = await upload(supplier, pdf);
    expect(res.statusCode, res.body).toBe(201);
    const deposit = res.json<Deposit>();
    expect(deposit.recipientMatch).toMatchObject({
      identifier: recipient.siret,
      matchedBy: 'siren',
    });
    expect(deposit.prefill.recipient.identifier).toBe(recipient.siret);
  });
});

describe('a draft deleted', () => {
  it('frees its deposit: a new invoice can be created from it', async () => {
    const res = await upload(supplier, textPdf);
    const deposit = res.json<Deposit>();
    const create = () =>
      env.app.inject({
        method: 'POST',
        url: `/api/v1/pdf-deposits/${deposit.id}/invoice`,
        headers: supplier.headers,
        payload: deposit.prefill,
      });
    const first = await create();
    expect(first.statusCode, first.body).toBe(201);
    const removed = await env.app.inject({
      method: 'DELETE',
      url: `/api/v1/invoices/${first.json<Detail>().id}`,
      headers: supplier.headers,
    });
    expect(removed.statusCode).toBe(204);
    expect(
      (await get(supplier, `/api/v1/pdf-deposits/${deposit.id}`)).json<Deposit>().invoiceId,
    ).toBeNull();
    expect((await create()).statusCode).toBe(201);
  });
});

describe('a Factur-X PDF', () => {
  it('pre-fills every field exactly from the embedded XML and shows its findings', async () => {
    const input = invoiceBody(recipient.siret, {
      number: 'FX-2026-7',
      recipient: { identifier: recipient.siret, serviceCode: 'FIN' },
      lines: [
        {
          reference: 'R1',
          description: 'Maintenance',
          quantity: '3',
          unitCode: 'HUR',
          unitPrice: '80.00',
          vatCategory: 'S',
          vatRate: '20',
        },
        {
          description: 'Livre',
          quantity: '2',
          unitCode: 'C62',
          unitPrice: '15.50',
          vatCategory: 'S',
          vatRate: '5.5',
        },
      ],
    });
    const pdf = await facturxPdf(input as never, {
      sellerSiret: supplierSiret,
      sellerVat: 'FR32123456789',
      buyerSiret: recipient.siret,
    });
    const res = await upload(supplier, pdf, { name: 'FX-2026-7.pdf' });
    expect(res.statusCode, res.body).toBe(201);
    const deposit = res.json<Deposit>();
    expect(deposit.recognition?.method).toBe('facturx');
    expect(deposit.recognition?.fields.totalWithVat?.value).toBe('320.71');
    expect(Array.isArray(deposit.recognition?.findings)).toBe(true);
    const prefill = deposit.prefill;
    expect(prefill.number).toBe('FX-2026-7');
    expect(prefill.issueDate).toBe(input.issueDate);
    expect(prefill.recipient).toEqual({ identifier: recipient.siret, serviceCode: 'FIN' });
    expect(prefill.lines).toHaveLength(2);
    expect(prefill.lines.map((l) => [l.unitPrice, l.vatRate])).toEqual([
      ['80.00', '20'],
      ['15.50', '5.5'],
    ]);
    expect(prefill).toMatchObject({
      iban: input.iban,
      purchaseOrder: input.purchaseOrder,
      dueDate: input.dueDate,
    });
  });

  it('shows the validation findings of a Factur-X whose XML breaks a rule (rule IDs)', async () => {
    // No seller VAT identifier with standard-rated lines: BR-S-02 is broken.
    const input = invoiceBody(recipient.siret, { number: 'FX-BAD-1' });
    const pdf = await facturxPdf(input as never, {
      sellerSiret: supplierSiret,
      sellerVat: '',
      buyerSiret: recipient.siret,
    });
    const res = await upload(supplier, pdf);
    expect(res.statusCode, res.body).toBe(201);
    const rules = res.json<Deposit>().recognition?.findings.map((f) => f.rule) ?? [];
    expect(rules).toContain('BR-S-02');
  });
});

describe('the API channel: base64 JSON like Chorus Pro’s deposer/pdf', () => {
  it('DEPOT_PDF_API without the portal header, DEPOT_PDF_PORTAIL with it', async () => {
    const body = {
      structureId,
      format: 'PDF_NON_SIGNE',
      nomFichier: 'facture-api.pdf',
      fichierFacture: Buffer.from(textPdf).toString('base64'),
    };
    const api = await uploadJson(supplier, body);
    expect(api.statusCode, api.body).toBe(201);
    const deposit = api.json<Deposit>();
    expect(deposit.channel).toBe('api');
    expect(deposit.sha256).toBe(sha256(textPdf));
    const created = await env.app.inject({
      method: 'POST',
      url: `/api/v1/pdf-deposits/${deposit.id}/invoice`,
      headers: supplier.headers,
      payload: { ...deposit.prefill, number: 'API-1' },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<Detail>().depositMode).toBe('DEPOT_PDF_API');
    expect(created.json<Detail>().source?.fileName).toBe('facture-api.pdf');

    const portal = await uploadJson(supplier, body, true);
    const fromPortal = portal.json<Deposit>();
    const draft = await env.app.inject({
      method: 'POST',
      url: `/api/v1/pdf-deposits/${fromPortal.id}/invoice`,
      headers: supplier.headers,
      payload: { ...fromPortal.prefill, number: 'PORTAIL-1' },
    });
    expect(draft.json<Detail>().depositMode).toBe('DEPOT_PDF_PORTAIL');
  });
});

describe('OpenAPI', () => {
  it('documents the deposit routes under « Dépôt PDF », JSON and multipart bodies, responses', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{
      paths: Record<
        string,
        Record<
          string,
          { tags?: string[]; requestBody?: unknown; responses?: Record<string, unknown> }
        >
      >;
    }>();
    const create = doc.paths['/api/v1/pdf-deposits']?.post;
    expect(create?.tags).toEqual(['Dépôt PDF']);
    expect(JSON.stringify(create?.requestBody)).toContain('fichierFacture');
    expect(JSON.stringify(create?.requestBody)).toContain('multipart/form-data');
    expect(create?.responses?.['201']).toBeDefined();
    expect(doc.paths['/api/v1/pdf-deposits/{id}']?.get?.tags).toEqual(['Dépôt PDF']);
    expect(doc.paths['/api/v1/pdf-deposits/{id}/invoice']?.post?.responses?.['201']).toBeDefined();
  });
});
