import { useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { api } from '../api/client';
import type { Me } from '../api/types';
import type { MessageKey } from '../i18n/i18n';

/** One entry of the main menu: the user's espaces are added here as features land. */
export interface NavItem {
  to: string;
  label: MessageKey;
  /** Shown only when this returns true (habilitations, operator); always when absent. */
  visibleTo?: (user: Me) => boolean;
  /** Shown only to users holding this espace (code) in at least one structure. */
  space?: string;
  /** Marks the entry current only on an exact match (the home page). */
  end?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', end: true },
  { to: '/account', label: 'nav.account', space: 'MON_COMPTE' },
  { to: '/invoices', label: 'nav.invoices', space: 'FACTURES_EMISES' },
  { to: '/fluxes', label: 'nav.fluxes', space: 'FACTURES_EMISES' },
  { to: '/manager', label: 'nav.manager', space: 'ACTIVITE_GESTIONNAIRE' },
  { to: '/operator', label: 'nav.operator', visibleTo: (user) => user.isOperator },
  { to: '/help', label: 'nav.help' },
  { to: '/directory', label: 'nav.directory' },
  { to: '/operator/directory', label: 'nav.directoryImport', visibleTo: (user) => user.isOperator },
  { to: '/operator/maintenance', label: 'nav.maintenance', visibleTo: (user) => user.isOperator },
];

export function navItemsFor(user: Me | null, spaces?: ReadonlySet<string>): NavItem[] {
  if (!user) return [];
  return NAV_ITEMS.filter(
    (item) =>
      (!item.visibleTo || item.visibleTo(user)) &&
      // Mon compte is every user's; the other espaces wait for the user's habilitations.
      (!item.space || item.space === 'MON_COMPTE' || (spaces?.has(item.space) ?? false)),
  );
}

interface HeldSpaces {
  personalSpaces: string[];
  structures: Array<{ spaces: string[] }>;
}

/**
 * The menu bar of the user's espaces. Habilitations are read again on each change of page, so a
 * manager's grant shows on the user's next navigation without logging out.
 */
export function useNavItems(user: Me | null): NavItem[] {
  const { pathname } = useLocation();
  const [spaces, setSpaces] = useState<ReadonlySet<string> | undefined>(undefined);
  const userId = user?.id;
  useEffect(() => {
    if (!userId) {
      setSpaces(undefined);
      return;
    }
    const controller = new AbortController();
    api
      .get<HeldSpaces>('/me/structures', { signal: controller.signal, allow401: true })
      .then((data) =>
        setSpaces(new Set([...data.personalSpaces, ...data.structures.flatMap((s) => s.spaces)])),
      )
      .catch(() => undefined);
    return () => controller.abort();
  }, [userId, pathname]);
  return navItemsFor(user, spaces);
}
