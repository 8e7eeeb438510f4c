import type { Me } from '../api/types';
import type { MessageKey } from '../i18n/i18n';

/** One entry of the main menu: the user's espaces are added here as features land. */
export interface NavItem {
  to: string;
  label: MessageKey;
  /** Shown only when this returns true (habilitations, operator); always when absent. */
  visibleTo?: (user: Me) => boolean;
  /** Marks the entry current only on an exact match (the home page). */
  end?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', end: true },
  { to: '/account', label: 'nav.account' },
];

export function navItemsFor(user: Me | null): NavItem[] {
  if (!user) return [];
  return NAV_ITEMS.filter((item) => !item.visibleTo || item.visibleTo(user));
}
