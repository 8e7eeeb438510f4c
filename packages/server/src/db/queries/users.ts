import type { Selectable } from 'kysely';
import type { Executor } from '../../jobs/queue';
import type { UsersTable } from '../tables/accounts';

export type UserRow = Selectable<UsersTable>;

/** By login e-mail; pass it already normalised (lower-cased, trimmed). */
export function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks the row for the rest of the transaction (concurrent logins, token use). */
export function findUserByIdForUpdate(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}
