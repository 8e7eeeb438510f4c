import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './support/app';
import {
  attach,
  makeSiret,
  person,
  setRequireValidation,
  structureOf,
  type Person,
} from './support/structures';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

function call(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  who?: Person,
  payload?: unknown,
) {
  return env.app.inject({
    method,
    url,
    headers: who?.headers ?? {},
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  });
}

interface Mine {
  structures: Array<{
    id: string;
    role: string;
    status: string;
    spaces: string[];
    pendingSpaces: string[];
    serviceIds: string[] | null;
  }>;
}

const idOf = (res: { json: <T>() => T }): string => res.json<{ id: string }>().id;

describe('creating a structure', () => {
  it('needs a session (401) and a valid identifier (400 naming the field)', async () => {
    expect((await call('POST', '/api/v1/structures', undefined, {})).statusCode).toBe(401);
    const a = await person(env);
    const bad = await call('POST', '/api/v1/structures', a, {
      identifierType: 'SIRET',
      identifier: '73282932000075',
      name: 'X',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'INVALID_REQUEST',
      details: [{ field: 'identifier' }],
    });
    const extra = await call('POST', '/api/v1/structures', a, {
      identifierType: 'SIRET',
      identifier: makeSiret(),
      name: 'X',
      status: 'active',
    });
    expect(extra.statusCode).toBe(400);
  });

  it('stays pending until the operator validates it, then mails the creator', async () => {
    await setRequireValidation(env, true);
    const a = await person(env);
    const op = await person(env, { isOperator: true });
    const created = await call('POST', '/api/v1/structures', a, {
      identifierType: 'SIRET',
      identifier: makeSiret(),
      name: 'Boulangerie en attente',
    });
    expect(created.statusCode).toBe(201);
    const { id, status } = created.json<{ id: string; status: string }>();
    expect(status).toBe('pending');
    // Pending: visible in "my structures" with no espace, and nothing can be done for it.
    const mine = await call('GET', '/api/v1/me/structures', a);
    expect(mine.json<Mine>().structures[0]).toMatchObject({
      id,
      status: 'pending',
      role: 'primaryManager',
      spaces: [],
    });
    expect((await call('GET', `/api/v1/structures/${id}/members`, a)).statusCode).toBe(403);
    // Only the operator decides.
    expect(
      (await call('POST', `/api/v1/operator/structures/${id}/decision`, a, { accept: true }))
        .statusCode,
    ).toBe(403);
    const setting = await call('GET', '/api/v1/operator/settings/structure-validation', op);
    expect(setting.json()).toEqual({ requireValidation: true });
    expect(
      (await call('GET', '/api/v1/operator/settings/structure-validation', a)).statusCode,
    ).toBe(403);
    const pending = await call('GET', '/api/v1/operator/structures', op);
    expect(pending.json<Array<{ id: string }>>().map((s) => s.id)).toContain(id);
    const decided = await call('POST', `/api/v1/operator/structures/${id}/decision`, op, {
      accept: true,
    });
    expect(decided.json()).toEqual({ status: 'active' });
    await env.drainJobs();
    const mail = await env.smtp.waitFor(
      (m) => m.to.includes(a.email) && m.subject.includes('validée'),
    );
    expect(mail.text).toContain('Boulangerie en attente');
    const after = await call('GET', '/api/v1/me/structures', a);
    expect(after.json<Mine>().structures[0]?.spaces).toEqual([
      'FACTURES_EMISES',
      'ACTIVITE_GESTIONNAIRE',
    ]);
    await setRequireValidation(env, false);
  });

  it('creates a default service and refuses the same identifier twice (409, offering attachment)', async () => {
    await setRequireValidation(env, false);
    const a = await person(env);
    const s = await structureOf(env, a, 'Menuiserie Dupont');
    const services = await call('GET', `/api/v1/structures/${s.id}/services`, a);
    expect(services.json()).toEqual([
      expect.objectContaining({ code: 'DEFAUT', isDefault: true, isActive: true }),
    ]);
    const b = await person(env);
    const again = await call('POST', '/api/v1/structures', b, {
      identifierType: 'SIRET',
      identifier: s.siret,
      name: 'Copie',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ reason: 'STRUCTURE_EXISTS', data: { structureId: s.id } });
  });
});

describe('attachment', () => {
  it('finds a structure by ≥ 3 characters of its identifier or its exact name only', async () => {
    const a = await person(env);
    const s = await structureOf(env, a, 'Plomberie Martin');
    const b = await person(env);
    expect((await call('GET', '/api/v1/structures/search?q=ab', b)).statusCode).toBe(400);
    const byId = await call('GET', `/api/v1/structures/search?q=${s.siret.slice(0, 9)}`, b);
    expect(byId.json<Array<{ id: string }>>().map((r) => r.id)).toContain(s.id);
    const byName = await call('GET', '/api/v1/structures/search?q=plomberie%20martin', b);
    expect(byName.json<Array<{ id: string }>>().map((r) => r.id)).toContain(s.id);
    const partial = await call('GET', '/api/v1/structures/search?q=Plomberie', b);
    expect(partial.json<Array<{ id: string }>>().map((r) => r.id)).not.toContain(s.id);
  });

  it('gives no access until accepted, none after refusal, and mails each decision', async () => {
    const a = await person(env);
    const s = await structureOf(env, a);
    const b = await person(env, { language: 'en' });
    const req = await call('POST', `/api/v1/structures/${s.id}/attachment-requests`, b, {
      message: 'Bonjour',
    });
    expect(req.statusCode).toBe(201);
    expect(
      (await call('POST', `/api/v1/structures/${s.id}/attachment-requests`, b, {})).statusCode,
    ).toBe(409);
    // B3: pending gives nothing.
    expect((await call('GET', `/api/v1/structures/${s.id}`, b)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/structures/${s.id}/services`, b)).statusCode).toBe(404);
    const list = await call('GET', `/api/v1/structures/${s.id}/requests`, a);
    expect(list.json()).toEqual([
      expect.objectContaining({
        kind: 'attachment',
        message: 'Bonjour',
      }),
    ]);
    expect(list.json<Array<{ user: { email: string } }>>()[0]?.user.email).toBe(b.email);
    const refuse = await call('POST', `/api/v1/structures/${s.id}/requests/decisions`, a, {
      requestIds: [idOf(req)],
      accept: false,
      message: 'Inconnu',
    });
    expect(refuse.statusCode).toBe(200);
    await env.drainJobs();
    const mail = await env.smtp.waitFor(
      (m) => m.to.includes(b.email) && m.subject.includes('refused'),
    );
    expect(mail.text).toContain('Inconnu');
    expect((await call('GET', `/api/v1/structures/${s.id}`, b)).statusCode).toBe(404);
    // Asked again and accepted: attached with Factures émises.
    const again = await call('POST', `/api/v1/structures/${s.id}/attachment-requests`, b, {});
    expect(again.statusCode).toBe(201);
    const accepted = await call('POST', `/api/v1/structures/${s.id}/requests/decisions`, a, {
      requestIds: [idOf(again)],
      accept: true,
    });
    expect(accepted.json()).toEqual({ decided: 1 });
    const mine = await call('GET', '/api/v1/me/structures', b);
    expect(mine.json<Mine>().structures).toEqual([
      expect.objectContaining({ id: s.id, role: 'user', spaces: ['FACTURES_EMISES'] }),
    ]);
    // Decided requests cannot be decided again; the history records both decisions.
    const twice = await call('POST', `/api/v1/structures/${s.id}/requests/decisions`, a, {
      requestIds: [idOf(again)],
      accept: false,
    });
    expect(twice.statusCode).toBe(409);
    const history = await call('GET', `/api/v1/structures/${s.id}/history`, a);
    const actions = history.json<Array<{ action: string }>>().map((h) => h.action);
    expect(actions).toEqual(
      expect.arrayContaining(['request.attachment.refused', 'request.attachment.accepted']),
    );
  });

  it('decides many requests at once', async () => {
    const a = await person(env);
    const s = await structureOf(env, a);
    const people = await Promise.all([person(env), person(env), person(env)]);
    const ids: string[] = [];
    for (const p of people) {
      const r = await call('POST', `/api/v1/structures/${s.id}/attachment-requests`, p, {});
      ids.push(r.json<{ id: string }>().id);
    }
    const res = await call('POST', `/api/v1/structures/${s.id}/requests/decisions`, a, {
      requestIds: ids,
      accept: true,
    });
    expect(res.json()).toEqual({ decided: 3 });
    const members = await call('GET', `/api/v1/structures/${s.id}/members`, a);
    expect(members.json()).toHaveLength(4);
  });

  it('attaches directly by e-mail, or invites a person without an account', async () => {
    const a = await person(env);
    const s = await structureOf(env, a, 'Société Invitante');
    const b = await person(env);
    const direct = await call('POST', `/api/v1/structures/${s.id}/members`, a, { email: b.email });
    expect(direct.json()).toEqual({ result: 'attached' });
    expect(
      (await call('POST', `/api/v1/structures/${s.id}/members`, a, { email: b.email })).statusCode,
    ).toBe(409);
    const newcomer = `nouveau-${Date.now()}@example.fr`;
    const invited = await call('POST', `/api/v1/structures/${s.id}/members`, a, {
      email: newcomer,
    });
    expect(invited.json()).toEqual({ result: 'invited' });
    await env.drainJobs();
    const mail = await env.smtp.waitFor((m) => m.to.includes(newcomer));
    expect(mail.text).toContain('/signup?email=');
    // On sign-up with that e-mail, the invitation becomes a membership.
    const { createUser, loginAs } = await import('./support/accounts');
    const user = await createUser(env, { email: newcomer });
    const session = await loginAs(env, user.email, user.password);
    const mine = await env.app.inject({
      method: 'GET',
      url: '/api/v1/me/structures',
      headers: session.headers,
    });
    expect(mine.json<Mine>().structures).toEqual([
      expect.objectContaining({ id: s.id, role: 'user' }),
    ]);
  });
});

describe('roles and habilitations', () => {
  it('lets the principal set roles and transfer the role; keeps exactly one principal', async () => {
    const a = await person(env);
    const s = await structureOf(env, a);
    const b = await person(env);
    const mb = await attach(env, a, b, s.id);
    expect(
      (
        await call('PUT', `/api/v1/structures/${s.id}/members/${mb}/role`, a, {
          role: 'primaryManager',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await call('PUT', `/api/v1/structures/${s.id}/members/${mb}/role`, b, {
          role: 'secondaryManager',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await call('PUT', `/api/v1/structures/${s.id}/members/${mb}/role`, a, {
          role: 'secondaryManager',
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (await call('POST', `/api/v1/structures/${s.id}/members/${mb}/transfer-primary`, a))
        .statusCode,
    ).toBe(204);
    const members = await call('GET', `/api/v1/structures/${s.id}/members`, b);
    const roles = members.json<Array<{ userId: string; role: string }>>();
    expect(roles.find((m) => m.userId === b.userId)?.role).toBe('primaryManager');
    expect(roles.find((m) => m.userId === a.userId)?.role).toBe('secondaryManager');
    expect(roles.filter((m) => m.role === 'primaryManager')).toHaveLength(1);
  });

  it('B4: a secondary manager cannot become principal, grant what they lack, or remove the principal', async () => {
    const a = await person(env);
    const s = await structureOf(env, a);
    const sec = await person(env);
    const msec = await attach(env, a, sec, s.id);
    await call('PUT', `/api/v1/structures/${s.id}/members/${msec}/role`, a, {
      role: 'secondaryManager',
    });
    const u = await person(env);
    const mu = await attach(env, a, u, s.id);
    const ma = (await call('GET', `/api/v1/structures/${s.id}/members`, a))
      .json<Array<{ userId: string; membershipId: string }>>()
      .find((m) => m.userId === a.userId)!.membershipId;
    const before = await call('GET', `/api/v1/structures/${s.id}/members`, a);
    expect(
      (await call('POST', `/api/v1/structures/${s.id}/members/${msec}/transfer-primary`, sec))
        .statusCode,
    ).toBe(403);
    expect(
      (await call('PUT', `/api/v1/structures/${s.id}/members/${msec}/role`, sec, { role: 'user' }))
        .statusCode,
    ).toBe(403);
    expect((await call('DELETE', `/api/v1/structures/${s.id}/members/${ma}`, sec)).statusCode).toBe(
      403,
    );
    const grant = await call('PUT', `/api/v1/structures/${s.id}/members/${mu}/habilitations`, sec, {
      spaces: ['FACTURES_EMISES', 'FACTURES_A_VALIDER'],
      serviceIds: null,
    });
    expect(grant.statusCode).toBe(403);
    const self = await call(
      'PUT',
      `/api/v1/structures/${s.id}/members/${msec}/habilitations`,
      sec,
      {
        spaces: ['FACTURES_EMISES', 'FACTURES_A_VALIDER'],
        serviceIds: null,
      },
    );
    expect(self.statusCode).toBe(403);
    // A simple user cannot extend their own rights: they can only ask.
    const own = await call('PUT', `/api/v1/structures/${s.id}/members/${mu}/habilitations`, u, {
      spaces: ['FACTURES_EMISES', 'FACTURES_A_VALIDER'],
      serviceIds: null,
    });
    expect(own.statusCode).toBe(403);
    const after = await call('GET', `/api/v1/structures/${s.id}/members`, a);
    expect(after.json()).toEqual(before.json());
  });

  it('limits a user to one service, takes effect on the next request, and handles espace requests', async () => {
    const a = await person(env);
    const s = await structureOf(env, a);
    const created = await call('POST', `/api/v1/structures/${s.id}/services`, a, {
      code: 'ATELIER',
      name: 'Atelier',
    });
    expect(created.statusCode).toBe(201);
    const atelier = created.json<{ id: string }>().id;
    const u = await person(env);
    const mu = await attach(env, a, u, s.id);
    expect((await call('GET', `/api/v1/structures/${s.id}/services`, u)).json()).toHaveLength(2);
    const limited = await call('PUT', `/api/v1/structures/${s.id}/members/${mu}/habilitations`, a, {
      spaces: ['FACTURES_EMISES'],
      serviceIds: [atelier],
    });
    expect(limited.statusCode).toBe(200);
    // Same session, next request: only the one service.
    const services = await call('GET', `/api/v1/structures/${s.id}/services`, u);
    expect(services.json<Array<{ id: string }>>().map((x) => x.id)).toEqual([atelier]);
    // Another structure's service cannot be granted.
    const other = await structureOf(env, await person(env));
    const foreign = await call('PUT', `/api/v1/structures/${s.id}/members/${mu}/habilitations`, a, {
      spaces: ['FACTURES_EMISES'],
      serviceIds: [other.defaultServiceId],
    });
    expect(foreign.statusCode).toBe(400);
    // The user asks for an espace and for every service; the manager accepts both at once.
    const space = await call('POST', `/api/v1/structures/${s.id}/space-requests`, u, {
      space: 'FACTURES_A_VALIDER',
    });
    expect(space.statusCode).toBe(201);
    const ext = await call('POST', `/api/v1/structures/${s.id}/extension-requests`, u, {
      serviceIds: null,
      message: 'Tout',
    });
    expect(ext.statusCode).toBe(201);
    const subs = await call('GET', '/api/v1/me/structures', u);
    expect(subs.json<Mine>().structures[0]?.pendingSpaces).toEqual(['FACTURES_A_VALIDER']);
    const dec = await call('POST', `/api/v1/structures/${s.id}/requests/decisions`, a, {
      requestIds: [idOf(space), idOf(ext)],
      accept: true,
    });
    expect(dec.statusCode).toBe(200);
    const mine = (await call('GET', '/api/v1/me/structures', u)).json<Mine>().structures[0];
    expect(mine?.spaces).toEqual(['FACTURES_EMISES', 'FACTURES_A_VALIDER']);
    expect(mine?.serviceIds).toBeNull();
  });

  it('manages services: duplicate code 409, dates checked, deactivation, default stays active', async () => {
    const a = await person(env);
    const s = await structureOf(env, a);
    expect(
      (await call('POST', `/api/v1/structures/${s.id}/services`, a, { code: 'DEFAUT', name: 'X' }))
        .statusCode,
    ).toBe(409);
    const bad = await call('POST', `/api/v1/structures/${s.id}/services`, a, {
      code: 'S2',
      name: 'Deux',
      validFrom: '2026-02-01',
      validTo: '2026-01-01',
    });
    expect(bad.json()).toMatchObject({ details: [{ field: 'validTo' }] });
    const ok = await call('POST', `/api/v1/structures/${s.id}/services`, a, {
      code: 'S2',
      name: 'Deux',
    });
    const off = await call('PATCH', `/api/v1/structures/${s.id}/services/${idOf(ok)}`, a, {
      isActive: false,
    });
    expect(off.json()).toMatchObject({ isActive: false });
    const def = await call(
      'PATCH',
      `/api/v1/structures/${s.id}/services/${s.defaultServiceId}`,
      a,
      { isActive: false },
    );
    expect(def.statusCode).toBe(400);
  });

  it('exports users and habilitations as CSV with formulas defused', async () => {
    const a = await person(env);
    const s = await structureOf(env, a);
    const { createUser, loginAs } = await import('./support/accounts');
    const evil = await createUser(env, { firstName: '=HYPERLINK("http://x")', lastName: '+1' });
    const es = await loginAs(env, evil.email, evil.password);
    await attach(env, a, { ...es, email: evil.email }, s.id);
    const res = await call('GET', `/api/v1/structures/${s.id}/members.csv`, a);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(res.body).toContain(`"'+1"`);
    expect(res.body).not.toMatch(/;=HYPERLINK/);
    const u = await person(env);
    await attach(env, a, u, s.id);
    expect((await call('GET', `/api/v1/structures/${s.id}/members.csv`, u)).statusCode).toBe(403);
  });
});

describe('OpenAPI', () => {
  it('describes the structures and habilitations API', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ paths: Record<string, Record<string, { summary?: string }>> }>();
    for (const path of [
      '/api/v1/structures',
      '/api/v1/structures/{structureId}/members/{membershipId}/habilitations',
      '/api/v1/structures/{structureId}/requests/decisions',
      '/api/v1/me/structures',
    ]) {
      const operations = Object.values(doc.paths[path] ?? {});
      expect(operations.length, path).toBeGreaterThan(0);
      for (const op of operations) expect(op.summary, path).toBeTruthy();
    }
  });
});
