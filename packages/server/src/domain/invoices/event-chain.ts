import { createHash } from 'node:crypto';

/**
 * Each status event of an invoice carries the SHA-256 of its predecessor's hash and its own content,
 * so that altering, removing or reordering a past event breaks every later hash (DESIGN: events are
 * hash-chained so tampering is detectable). The first event chains on a fixed genesis value.
 */
export interface ChainedEventContent {
  invoiceId: string;
  seq: number;
  at: string;
  actorUserId: string | null;
  fromStatus: string | null;
  toStatus: string;
  reason: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);

/** A canonical serialisation: fixed key order, so the hash never depends on object construction. */
function canonical(e: ChainedEventContent): string {
  return JSON.stringify([
    e.invoiceId,
    e.seq,
    e.at,
    e.actorUserId,
    e.fromStatus,
    e.toStatus,
    e.reason,
  ]);
}

export function eventHash(previousHash: string, event: ChainedEventContent): string {
  return createHash('sha256')
    .update(previousHash)
    .update('\n')
    .update(canonical(event))
    .digest('hex');
}

/** Index of the first event whose hash does not match, or -1 when the whole chain holds. */
export function findBrokenLink(
  events: ReadonlyArray<ChainedEventContent & { previousHash: string; hash: string }>,
): number {
  let previous = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    if (event.previousHash !== previous || eventHash(previous, event) !== event.hash) return index;
    previous = event.hash;
  }
  return -1;
}
