import type { AppContext } from '../../context';
import { invalidField } from '../../errors';
import type { AuthUser } from './access';

/**
 * Finds a structure to ask attachment to: at least 3 characters of its identifier (a prefix) or
 * its exact name (case-insensitive), as Chorus Pro does. Only active structures; only what the
 * request needs to be made (no address or contact of a private company leaks).
 */
export async function searchStructures(ctx: AppContext, user: AuthUser, q: string) {
  const text = q.trim();
  const compact = text.replace(/[\s.]/g, '').toUpperCase();
  if (compact.length < 3) {
    throw invalidField('q', {
      fr: 'au moins 3 caractères.',
      en: 'at least 3 characters.',
    });
  }
  const escaped = compact.replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await ctx.db
    .selectFrom('structures')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.structure_id', '=', 'structures.id')
        .on('memberships.user_id', '=', user.id)
        .on('memberships.status', '=', 'active'),
    )
    .select([
      'structures.id',
      'structures.identifier_type',
      'structures.identifier',
      'structures.name',
      'structures.is_public',
      'structures.city',
      'memberships.id as membership_id',
    ])
    .where('structures.status', '=', 'active')
    .where((eb) =>
      eb.or([
        eb('structures.identifier', 'like', `${escaped}%`),
        eb(eb.fn('lower', ['structures.name']), '=', text.toLowerCase()),
      ]),
    )
    .orderBy('structures.name')
    .limit(20)
    .execute();
  const pending = await ctx.db
    .selectFrom('structure_requests')
    .select('structure_id')
    .where('user_id', '=', user.id)
    .where('kind', '=', 'attachment')
    .where('status', '=', 'pending')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    identifierType: r.identifier_type,
    identifier: r.identifier,
    name: r.name,
    isPublic: r.is_public,
    city: r.city,
    isMember: r.membership_id !== null,
    hasPendingRequest: pending.some((p) => p.structure_id === r.id),
  }));
}
