import type { AppContext } from '../../context';
import { findMembers } from '../../db/queries/habilitation';
import { escapeCsvCell } from '../../domain/csv';
import { SPACES } from '../../domain/habilitation/spaces';
import { authorizeUser, type AuthUser } from './access';

/** The users of a structure with their roles, services and espaces (managers only). */
export async function listMembers(ctx: AppContext, user: AuthUser, structureId: string) {
  await authorizeUser(ctx.db, user, 'membership.list', { structureId });
  return findMembers(ctx.db, structureId);
}

const ROLE_NAMES = {
  primaryManager: { fr: 'Gestionnaire principal', en: 'Principal manager' },
  secondaryManager: { fr: 'Gestionnaire secondaire', en: 'Secondary manager' },
  user: { fr: 'Utilisateur simple', en: 'Simple user' },
} as const;

/**
 * Export of users and habilitations as CSV (`;`, BOM for spreadsheets). Every cell goes through
 * `escapeCsvCell`, which defuses formulas (a name such as "=HYPERLINK(...)" stays text).
 */
export async function exportMembersCsv(
  ctx: AppContext,
  user: AuthUser,
  structureId: string,
): Promise<string> {
  await authorizeUser(ctx.db, user, 'users.export', { structureId });
  const lang = user.language;
  const members = await findMembers(ctx.db, structureId);
  const services = await ctx.db
    .selectFrom('services')
    .select(['id', 'code'])
    .where('structure_id', '=', structureId)
    .execute();
  const header =
    lang === 'fr'
      ? ['E-mail', 'Prénom', 'Nom', 'Rôle', 'Services', 'Espaces', 'Depuis']
      : ['E-mail', 'First name', 'Last name', 'Role', 'Services', 'Espaces', 'Since'];
  const rows = members.map((m) => [
    m.email,
    m.firstName,
    m.lastName,
    ROLE_NAMES[m.role][lang],
    m.allServices
      ? lang === 'fr'
        ? 'Tous'
        : 'All'
      : m.serviceIds.map((id) => services.find((s) => s.id === id)?.code ?? id).join(', '),
    m.spaces.map((code) => SPACES.find((s) => s.code === code)?.name[lang] ?? code).join(', '),
    m.since.toISOString(),
  ]);
  return (
    '\uFEFF' +
    [header, ...rows].map((row) => row.map((c) => escapeCsvCell(c)).join(';')).join('\r\n') +
    '\r\n'
  );
}

/** The history of managers' actions on a structure, newest first (who did what, when). */
export async function listManagerActions(
  ctx: AppContext,
  user: AuthUser,
  input: { structureId: string; before?: number; limit: number },
) {
  await authorizeUser(ctx.db, user, 'history.read', { structureId: input.structureId });
  let query = ctx.db
    .selectFrom('manager_actions as a')
    .leftJoin('users as actor', 'actor.id', 'a.actor_id')
    .leftJoin('users as target', 'target.id', 'a.target_user_id')
    .select([
      'a.id',
      'a.action',
      'a.detail',
      'a.at',
      'actor.email as actor_email',
      'target.email as target_email',
    ])
    .where('a.structure_id', '=', input.structureId);
  if (input.before !== undefined) query = query.where('a.id', '<', input.before);
  return query.orderBy('a.id', 'desc').limit(input.limit).execute();
}
