import type { Lang } from '../i18n/i18n';

export interface Address {
  line1: string | null;
  line2: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
}

/** GET /api/v1/me */
export interface Me {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  contactEmail: string;
  pendingContactEmail: string | null;
  address: Address | null;
  language: Lang;
  notificationsEnabled: boolean;
  totpEnabled: boolean;
  isOperator: boolean;
  secretQuestion: string | null;
  createdAt: string;
}

export interface SessionItem {
  id: string;
  current: boolean;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
}

export interface SecurityEvent {
  id: string;
  type: string;
  at: string;
  ip: string | null;
  userAgent: string | null;
  detail: unknown;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}
