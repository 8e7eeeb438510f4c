import { createHash } from 'node:crypto';
import { AppError } from '../errors';
import type { Executor } from '../jobs/queue';

/**
 * Exactly once for POSTs that create (DESIGN): the `Idempotency-Key` is claimed inside the same
 * transaction as the work it protects. A retry with the same key and body gets the stored answer;
 * the same key with another body is refused (422); a concurrent retry waits on the key's row
 * until the first request commits, then gets its answer.
 */
export interface IdempotencyRequest {
  /** Who and what: `user:<id>:POST /api/v1/invoices`; keys never collide across users or routes. */
  scope: string;
  key: string;
  /** The request's content (body and path parameters) that must match on a retry. */
  content: unknown;
}

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{8,200}$/;

function hashOf(content: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(content) ?? '')
    .digest('hex');
}

/**
 * Claims the key; returns the stored response when this request was already answered, undefined
 * when the caller should do the work (and then call `storeIdempotentResponse`).
 */
export async function claimIdempotencyKey(
  db: Executor,
  request: IdempotencyRequest,
): Promise<{ response: unknown } | undefined> {
  const requestHash = hashOf(request.content);
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({ scope: request.scope, key: request.key, request_hash: requestHash })
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted) return undefined;
  const existing = await db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'response'])
    .where('scope', '=', request.scope)
    .where('key', '=', request.key)
    .executeTakeFirstOrThrow();
  if (existing.request_hash !== requestHash) {
    throw new AppError(
      'UNPROCESSABLE',
      {
        fr: 'Cette clé d’idempotence a déjà servi pour une autre requête.',
        en: 'This idempotency key was already used for another request.',
      },
      { reason: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' },
    );
  }
  return { response: existing.response };
}

export async function storeIdempotentResponse(
  db: Executor,
  request: Pick<IdempotencyRequest, 'scope' | 'key'>,
  statusCode: number,
  response: unknown,
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ status_code: statusCode, response: JSON.stringify(response) })
    .where('scope', '=', request.scope)
    .where('key', '=', request.key)
    .execute();
}
