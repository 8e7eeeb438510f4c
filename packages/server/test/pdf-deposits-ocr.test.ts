import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './support/app';
import { invoiceBody } from './support/invoices';
import { multipartFiles } from './support/pdf-deposits';
import { person, setRequireValidation, structureOf, type Person } from './support/structures';
import { scannedInvoice } from './support/scanned-invoice';

// A scan (no text layer) is recognised by OCR in a durable job: the deposit answers at once with
// status 'recognizing', its progress moves while the job runs, then it is ready with the fields.

let env: TestEnv;
let supplier: Person;
let structureId: string;

type Deposit = {
  id: string;
  status: string;
  progress: number;
  recognition: { method: string; fields: Record<string, { value: string }> } | null;
  prefill: { number: string; lines: Array<{ unitPrice: string; vatRate?: string }> } | null;
  error: { code: string } | null;
};

const read = async (id: string) =>
  (
    await env.app.inject({
      method: 'GET',
      url: `/api/v1/pdf-deposits/${id}`,
      headers: supplier.headers,
    })
  ).json<Deposit>();

beforeAll(async () => {
  env = await createTestEnv();
  await setRequireValidation(env, false);
  supplier = await person(env);
  structureId = (await structureOf(env, supplier, 'Fournisseur SARL')).id;
});
afterAll(async () => {
  await env.close();
});

describe('a scanned PDF', () => {
  it('answers at once (recognizing), shows OCR progress, then is ready with the fields', async () => {
    const body = multipartFiles({ structureId, format: 'PDF_NON_SIGNE' }, [
      { field: 'pdf', name: 'scan.pdf', bytes: await scannedInvoice() },
    ]);
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/pdf-deposits',
      headers: { ...supplier.headers, ...body.headers, 'x-chorale-client': 'portal' },
      payload: body.payload,
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json<Deposit>();
    expect(created.status).toBe('recognizing');
    expect(created.progress).toBe(0);
    expect(created.recognition).toBeNull();

    const creating = await env.app.inject({
      method: 'POST',
      url: `/api/v1/pdf-deposits/${created.id}/invoice`,
      headers: supplier.headers,
      payload: invoiceBody('11000201100044'),
    });
    expect(creating.statusCode).toBe(409);
    expect(creating.json<{ reason: string }>().reason).toBe('DEPOSIT_NOT_READY');

    // The worker runs the durable OCR job while the client polls.
    let done = false;
    const draining = env.drainJobs().finally(() => {
      done = true;
    });
    const seen: number[] = [];
    while (!done) {
      const d = await read(created.id);
      seen.push(d.progress);
      await new Promise((r) => setTimeout(r, 150));
    }
    await draining;
    expect(seen.some((p) => p > 0 && p < 1)).toBe(true);

    const ready = await read(created.id);
    expect(ready.error).toBeNull();
    expect(ready.status).toBe('ready');
    expect(ready.progress).toBe(1);
    expect(ready.recognition?.method).toBe('ocr');
    expect(ready.recognition?.fields.invoiceNumber?.value).toBe('FA-2026-0042');
    expect(ready.recognition?.fields.totalWithVat?.value).toBe('1200.00');
    expect(ready.prefill?.number).toBe('FA-2026-0042');
    expect(ready.prefill?.lines[0]).toMatchObject({ unitPrice: '1000.00', vatRate: '20' });
  }, 120_000);
});
