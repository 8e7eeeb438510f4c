import { randomUUID } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './support/app';
import {
  attach,
  person,
  setRequireValidation,
  structureOf,
  type Person,
} from './support/structures';
import { DRAFT, ISOLATION_UBL, ROUTES, type Entry, type Fixtures } from './isolation/route-table';

// Security cases B1 (IDOR matrix, generated from the route table) and B5 (mass assignment):
// structure B's user calls every route of the API with structure A's objects.

interface Route {
  method: string;
  url: string;
}

/** Every route of the app, read from Fastify's own route tree (HEAD mirrors GET). */
function appRoutes(env: TestEnv): Route[] {
  const tree = env.app.printRoutes({ commonPrefix: false });
  const stack: string[] = [];
  const routes: Route[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ]*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    const path = (stack[depth - 1] ?? '') + (match[2] ?? '');
    stack[depth] = path;
    stack.length = depth + 1;
    for (const method of (match[3] ?? '').split(', ').filter((m) => m && m !== 'HEAD')) {
      routes.push({ method, url: path });
    }
  }
  return routes.filter((r) => r.url.startsWith('/api/v1/'));
}

const FIXTURE_PARAMS: Record<string, keyof Fixtures> = {
  structureId: 'structureId',
  serviceId: 'serviceId',
  membershipId: 'membershipId',
};

function fill(
  url: string,
  f: Fixtures,
  entry: { params?: Record<string, keyof Fixtures>; literals?: Record<string, string> } = {},
): string {
  return url.replace(/:(\w+)/g, (_, name: string) => {
    const literal = entry.literals?.[name];
    if (literal !== undefined) return literal;
    const key = entry.params?.[name] ?? FIXTURE_PARAMS[name];
    if (!key) throw new Error(`no fixture for :${name} in ${url}: map it in the route table`);
    return f[key];
  });
}

let env: TestEnv;
let a: Person;
let b: Person;
let fa: Fixtures;
let fb: Fixtures;
let markers: string[];

async function snapshotOfA(): Promise<string> {
  const db = env.ctx.db;
  const id = fa.structureId;
  const parts = [
    await db.selectFrom('structures').selectAll().where('id', '=', id).execute(),
    await db
      .selectFrom('services')
      .selectAll()
      .where('structure_id', '=', id)
      .orderBy('id')
      .execute(),
    await db
      .selectFrom('memberships')
      .selectAll()
      .where('structure_id', '=', id)
      .orderBy('id')
      .execute(),
    await db
      .selectFrom('structure_requests')
      .selectAll()
      .where('structure_id', '=', id)
      .orderBy('id')
      .execute(),
    await db
      .selectFrom('space_grants')
      .innerJoin('memberships', 'memberships.id', 'space_grants.membership_id')
      .select(['space_grants.membership_id', 'space_grants.space_code'])
      .where('memberships.structure_id', '=', id)
      .orderBy('space_grants.membership_id')
      .orderBy('space_grants.space_code')
      .execute(),
    await db.selectFrom('sessions').select('id').where('user_id', '=', a.userId).execute(),
  ];
  return JSON.stringify(parts);
}

function randomFixtures(): Fixtures {
  return {
    structureId: randomUUID(),
    serviceId: randomUUID(),
    membershipId: randomUUID(),
    requestId: randomUUID(),
    sessionId: randomUUID(),
    invoiceId: randomUUID(),
    attachmentId: randomUUID(),
    importId: String(900_000 + Math.floor(Math.random() * 1000)),
    pdfDepositId: randomUUID(),
    fluxId: randomUUID(),
  };
}

/** A's draft invoice, through the invoices API. */
async function draftOf(owner: Person, structureId: string): Promise<string> {
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/v1/invoices',
    headers: owner.headers,
    payload: { structureId, invoice: DRAFT },
  });
  if (res.statusCode !== 201) throw new Error(`draft invoice: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** A's attachment in their library, through the upload API (multipart). */
async function attachmentOf(owner: Person): Promise<string> {
  const boundary = 'isolation-boundary';
  const payload = [
    `--${boundary}\r\nContent-Disposition: form-data; name="designation"\r\n\r\nNote\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="library"\r\n\r\ntrue\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="note.txt"\r\nContent-Type: text/plain\r\n\r\nune note\r\n`,
    `--${boundary}--\r\n`,
  ].join('');
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/v1/attachments',
    headers: { ...owner.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
  if (res.statusCode !== 201) throw new Error(`attachment: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** A's flux (« Dépôt d'un lot »), through the deposit API. */
async function fluxOf(owner: Person, structureId: string): Promise<string> {
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/v1/fluxes',
    headers: owner.headers,
    payload: {
      structureId,
      syntaxeFlux: 'IN_DP_E1_UBL_INVOICE',
      nomFichier: 'isolation.xml',
      fichierFlux: Buffer.from(ISOLATION_UBL).toString('base64'),
    },
  });
  if (res.statusCode !== 202) throw new Error(`flux: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** A's PDF deposit (a one-page PDF with a text layer), through the deposit API. */
async function pdfDepositOf(owner: Person, structureId: string): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc
    .addPage()
    .drawText('Facture ISOLATION-1 du 15/01/2026, total 120,00 EUR', { x: 50, y: 700, font });
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/v1/pdf-deposits',
    headers: owner.headers,
    payload: {
      structureId,
      format: 'PDF_NON_SIGNE',
      nomFichier: 'isolation.pdf',
      fichierFacture: Buffer.from(await doc.save()).toString('base64'),
    },
  });
  if (res.statusCode !== 201) throw new Error(`pdf deposit: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

async function callAs(who: Person, method: string, url: string, body?: Record<string, unknown>) {
  const res = await env.app.inject({
    method: method as 'GET',
    url,
    headers: who.headers,
    ...(body !== undefined ? { payload: body } : {}),
  });
  const parsed = res.body.startsWith('{') ? (JSON.parse(res.body) as Record<string, unknown>) : {};
  delete parsed.requestId;
  return { status: res.statusCode, body: res.body, comparable: JSON.stringify(parsed) };
}

// Objects of areas whose routes exist in this build (each area lands on its own).
const hasRoute = (key: string): boolean =>
  appRoutes(env).some((r) => `${r.method} ${r.url}` === key);

beforeAll(async () => {
  env = await createTestEnv();
  await setRequireValidation(env, false);
  a = await person(env);
  b = await person(env);
  const sa = await structureOf(env, a, 'Secret Industries SA');
  const sb = await structureOf(env, b, 'Structure B');
  // A has a second member and a pending request; B likewise, so B's own ids exist for `mixed`.
  const ma = await attach(env, a, await person(env), sa.id);
  const mb = await attach(env, b, await person(env), sb.id);
  const pendingOf = async (structureId: string) => {
    const p = await person(env);
    const res = await env.app.inject({
      method: 'POST',
      url: `/api/v1/structures/${structureId}/attachment-requests`,
      headers: p.headers,
      payload: {},
    });
    return res.json<{ id: string }>().id;
  };
  const sessionOf = async (userId: string) =>
    (
      await env.ctx.db
        .selectFrom('sessions')
        .select('id')
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow()
    ).id;
  fa = {
    structureId: sa.id,
    serviceId: sa.defaultServiceId,
    membershipId: ma,
    requestId: await pendingOf(sa.id),
    sessionId: await sessionOf(a.userId),
    invoiceId: hasRoute('POST /api/v1/invoices') ? await draftOf(a, sa.id) : randomUUID(),
    attachmentId: hasRoute('POST /api/v1/attachments') ? await attachmentOf(a) : randomUUID(),
    importId: '1',
    pdfDepositId: hasRoute('POST /api/v1/pdf-deposits')
      ? await pdfDepositOf(a, sa.id)
      : randomUUID(),
    fluxId: hasRoute('POST /api/v1/fluxes') ? await fluxOf(a, sa.id) : randomUUID(),
  };
  fb = {
    structureId: sb.id,
    serviceId: sb.defaultServiceId,
    membershipId: mb,
    requestId: await pendingOf(sb.id),
    sessionId: await sessionOf(b.userId),
    invoiceId: hasRoute('POST /api/v1/invoices') ? await draftOf(b, sb.id) : randomUUID(),
    attachmentId: randomUUID(),
    importId: '1',
    pdfDepositId: hasRoute('POST /api/v1/pdf-deposits')
      ? await pdfDepositOf(b, sb.id)
      : randomUUID(),
    fluxId: hasRoute('POST /api/v1/fluxes') ? await fluxOf(b, sb.id) : randomUUID(),
  };
  markers = [
    sa.id,
    sa.siret,
    'Secret Industries',
    a.email,
    fa.membershipId,
    fa.serviceId,
    fa.requestId,
  ];
});

afterAll(async () => {
  await env.close();
});

describe('B1: the route table covers every API route', () => {
  it('has an entry for each /api/v1 route', () => {
    const present = appRoutes(env).map((r) => `${r.method} ${r.url}`);
    expect(present.length).toBeGreaterThan(20);
    const missing = present.filter((key) => !(key in ROUTES));
    expect(missing, 'routes missing from test/isolation/route-table.ts').toEqual([]);
  });
});

describe("B1: structure B's user never reaches A's objects", () => {
  const cases = Object.entries(ROUTES).filter(
    (e): e is [string, Extract<Entry, { kind: 'scoped' }>] => e[1].kind === 'scoped',
  );
  it.each(cases)('%s → same answer as for an absent object', async (key, entry) => {
    const [method = 'GET', url = ''] = key.split(' ');
    const before = await snapshotOfA();
    const query = entry.query ? `?${entry.query}` : '';
    const random = randomFixtures();
    const onA = await callAs(b, method, fill(url, fa, entry) + query, entry.body?.(fa));
    const absent = await callAs(b, method, fill(url, random, entry) + query, entry.body?.(random));
    const want = entry.expect ?? 404;
    expect(onA.status, onA.body).toBe(want);
    expect(absent.status).toBe(want);
    expect(onA.comparable).toBe(absent.comparable);
    if (entry.mixed) {
      // B's own structure in the path, A's other objects in the rest: still absent.
      const mixed: Fixtures = { ...fa, structureId: fb.structureId };
      const res = await callAs(b, method, fill(url, mixed, entry) + query, entry.body?.(mixed));
      expect(res.status, res.body).toBe(404);
      expect(res.comparable).toBe(absent.comparable);
    }
    if (method === 'GET') {
      const own = await callAs(b, method, fill(url, fb, entry) + query);
      for (const marker of markers) expect(own.body).not.toContain(marker);
    }
    expect(await snapshotOfA()).toBe(before);
  });

  const lists = Object.entries(ROUTES).filter(
    (e): e is [string, Extract<Entry, { kind: 'list' }>] => e[1].kind === 'list',
  );
  it.each(lists)('%s shows nothing of A', async (key, entry) => {
    const [, url = ''] = key.split(' ');
    const res = await callAs(b, 'GET', url + (entry.query ? `?${entry.query}` : ''));
    expect(res.status).toBeLessThan(500);
    for (const marker of markers) expect(res.body).not.toContain(marker);
  });

  const calls = Object.entries(ROUTES).filter(
    (e): e is [string, Extract<Entry, { kind: 'call' }>] => e[1].kind === 'call',
  );
  it.each(calls)('%s changes nothing of A', async (key, entry) => {
    const [method = 'POST', url = ''] = key.split(' ');
    const before = await snapshotOfA();
    const res = await callAs(b, method, url, entry.body);
    expect(res.status, res.body).toBe(entry.expect);
    for (const marker of markers) expect(res.body).not.toContain(marker);
    expect(await snapshotOfA()).toBe(before);
  });
});

describe('B5: mass assignment is refused (400), nothing applied', () => {
  const cases = Object.entries(ROUTES).filter(
    (e): e is [string, Extract<Entry, { kind: 'scoped' }>] =>
      e[1].kind === 'scoped' && e[1].massAssignment === true,
  );
  it.each(cases)('%s with id/status/structureId/paymentDate', async (key, entry) => {
    const [method = 'POST', url = ''] = key.split(' ');
    const before = await snapshotOfA();
    const body = {
      ...entry.body?.(fa),
      id: randomUUID(),
      status: 'active',
      structureId: fb.structureId,
      paymentDate: '2026-01-01',
      isPublic: true,
    };
    // As A's own principal manager: only the extra fields can make it fail.
    const res = await callAs(a, method, fill(url, fa, entry), body);
    expect(res.status, res.body).toBe(400);
    expect(await snapshotOfA()).toBe(before);
  });
});

describe('B2: a user limited to one service sees no invoice of another service', () => {
  it("hides S2's invoice from a user limited to S1, in reads and lists", async () => {
    expect(hasRoute('POST /api/v1/invoices')).toBe(true);
    const service = async (code: string) => {
      const res = await env.app.inject({
        method: 'POST',
        url: `/api/v1/structures/${fa.structureId}/services`,
        headers: a.headers,
        payload: { code, name: code },
      });
      return res.json<{ id: string }>().id;
    };
    const s1 = await service('B2-S1');
    const s2 = await service('B2-S2');
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/invoices',
      headers: a.headers,
      payload: {
        structureId: fa.structureId,
        invoice: { ...DRAFT, number: 'B2-S2-1', supplierServiceId: s2 },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const invoiceId = res.json<{ id: string }>().id;
    const c = await person(env);
    const mc = await attach(env, a, c, fa.structureId);
    const limit = await env.app.inject({
      method: 'PUT',
      url: `/api/v1/structures/${fa.structureId}/members/${mc}/habilitations`,
      headers: a.headers,
      payload: { spaces: ['FACTURES_EMISES'], serviceIds: [s1] },
    });
    expect(limit.statusCode).toBe(200);
    const read = await callAs(c, 'GET', `/api/v1/invoices/${invoiceId}`);
    const absent = await callAs(c, 'GET', `/api/v1/invoices/${randomUUID()}`);
    expect(read.status).toBe(404);
    expect(read.comparable).toBe(absent.comparable);
    const list = await callAs(c, 'GET', '/api/v1/invoices');
    expect(list.status).toBe(200);
    expect(list.body).not.toContain(invoiceId);
    expect(list.body).not.toContain('B2-S2-1');
    // The manager, with every service, sees it.
    expect((await callAs(a, 'GET', `/api/v1/invoices/${invoiceId}`)).status).toBe(200);
  });
});
