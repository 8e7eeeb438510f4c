import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './foundation';

export type UserStatus = 'pending' | 'active' | 'disabled';

export interface UsersTable {
  id: Generated<string>;
  /** Login e-mail, lower-cased: the identifier. */
  email: string;
  first_name: string;
  last_name: string;
  /** Where notifications go; defaults to the login e-mail. */
  contact_email: string;
  /** A new contact e-mail waiting for confirmation by the link mailed to it. */
  pending_contact_email: string | null;
  address_line1: string | null;
  address_line2: string | null;
  address_postal_code: string | null;
  address_city: string | null;
  address_country: string | null;
  language: Generated<'fr' | 'en'>;
  notifications_enabled: Generated<boolean>;
  status: Generated<UserStatus>;
  is_operator: Generated<boolean>;
  password_hash: string | null;
  password_changed_at: Timestamp | null;
  secret_question: string | null;
  secret_answer_hash: string | null;
  failed_login_count: Generated<number>;
  locked_until: Timestamp | null;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled_at: Timestamp | null;
  totp_last_step: number | null;
  activated_at: Timestamp | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SessionsTable {
  id: Generated<string>;
  /** SHA-256 of the cookie value; the value itself is never stored. */
  token_hash: string;
  user_id: string;
  /** Double-submit CSRF token bound to this session. */
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  /** Absolute end of the session, whatever the activity. */
  expires_at: Timestamp;
}

export type TokenPurpose = 'activation' | 'recovery' | 'email_change';

export interface UserTokensTable {
  id: Generated<number>;
  user_id: string;
  purpose: TokenPurpose;
  /** SHA-256 of the token sent in the link. */
  token_hash: string;
  new_email: string | null;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

export interface TotpRecoveryCodesTable {
  id: Generated<number>;
  user_id: string;
  code_hash: string;
  used_at: Timestamp | null;
}

export type SecurityEventType =
  | 'LOGIN'
  | 'LOGIN_FAILED'
  | 'LOCKED'
  | 'LOGOUT'
  | 'PASSWORD_CHANGED'
  | 'PASSWORD_RESET'
  | 'EMAIL_CHANGE_REQUESTED'
  | 'EMAIL_CHANGED'
  | 'SECRET_CHANGED'
  | 'TOTP_ENABLED'
  | 'TOTP_DISABLED'
  | 'SESSIONS_REVOKED'
  | 'ACTIVATED'
  /** Operator: the portal's maintenance window set (or changed) and ended. */
  | 'MAINTENANCE_SET'
  | 'MAINTENANCE_CLEARED';

export interface SecurityEventsTable {
  id: Generated<number>;
  user_id: string;
  type: SecurityEventType;
  at: Timestamp;
  ip: string | null;
  user_agent: string | null;
  detail: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface AccountTables {
  users: UsersTable;
  sessions: SessionsTable;
  user_tokens: UserTokensTable;
  totp_recovery_codes: TotpRecoveryCodesTable;
  security_events: SecurityEventsTable;
}
