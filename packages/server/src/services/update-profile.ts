import type { AuthUser } from '../http/auth';
import type { AppContext } from '../context';
import { findUserById, type UserRow } from '../db/queries/users';
import type { Lang } from '../i18n/lang';

export interface ProfileChanges {
  firstName?: string;
  lastName?: string;
  address?: {
    line1?: string | null;
    line2?: string | null;
    postalCode?: string | null;
    city?: string | null;
    country?: string | null;
  };
  language?: Lang;
  notificationsEnabled?: boolean;
}

const blankToNull = (value: string | null | undefined): string | null | undefined =>
  value === undefined ? undefined : value === null || value.trim() === '' ? null : value.trim();

/** Changes the caller's name, postal address, language or notification setting (only the fields given). */
export async function updateProfile(
  ctx: AppContext,
  auth: AuthUser,
  changes: ProfileChanges,
): Promise<UserRow> {
  const address = changes.address ?? {};
  const set = {
    first_name: changes.firstName?.trim(),
    last_name: changes.lastName?.trim(),
    address_line1: blankToNull(address.line1),
    address_line2: blankToNull(address.line2),
    address_postal_code: blankToNull(address.postalCode),
    address_city: blankToNull(address.city),
    address_country: blankToNull(address.country),
    language: changes.language,
    notifications_enabled: changes.notificationsEnabled,
  };
  const defined = Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined));
  if (Object.keys(defined).length > 0) {
    await ctx.db
      .updateTable('users')
      .set({ ...defined, updated_at: ctx.now() })
      .where('id', '=', auth.id)
      .execute();
  }
  const user = await findUserById(ctx.db, auth.id);
  if (!user) throw new Error('session without user');
  return user;
}
