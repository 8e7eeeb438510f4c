import { randomInt } from 'node:crypto';
import type { Executor } from '../jobs/queue';
import { hashSecret, verifySecret } from './crypto';

// No 0/o, 1/l/i: codes are read from paper and typed by hand.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_COUNT = 10;

function normalize(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

/** Ten single-use codes of 10 characters (~49 bits each), shown once, stored as argon2id. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    let code = '';
    for (let i = 0; i < 10; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}

export function hashRecoveryCodes(codes: string[]): Promise<string[]> {
  return Promise.all(codes.map((c) => hashSecret(normalize(c))));
}

export const useRecoveryCode = {
  /** The id of the unused code matching `code`, if any. */
  async find(db: Executor, userId: string, code: string): Promise<number | undefined> {
    const value = normalize(code);
    if (value.length !== 10) return undefined;
    const rows = await db
      .selectFrom('totp_recovery_codes')
      .select(['id', 'code_hash'])
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .execute();
    for (const row of rows) {
      if (await verifySecret(row.code_hash, value)) return row.id;
    }
    return undefined;
  },
  /** Marks it used; false when another request used it first. */
  async consume(db: Executor, id: number, now: Date): Promise<boolean> {
    const result = await db
      .updateTable('totp_recovery_codes')
      .set({ used_at: now })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },
};
