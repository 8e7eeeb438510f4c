import Alert from '@codegouvfr/react-dsfr/Alert';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { api, setMaintenanceHandler } from '../api/client';
import { useSession } from '../auth/session';
import { formatLocalTime } from '../i18n/i18n';
import { MaintenancePage } from '../pages/maintenance/maintenance-page';
import { useMaintenanceI18n } from './messages';

/** GET /api/v1/maintenance. */
export interface Maintenance {
  active: boolean;
  from: string | null;
  until: string | null;
  message: { fr: string; en: string } | null;
}

interface MaintenanceContextValue {
  state: Maintenance | null;
  refresh: () => Promise<void>;
  adopt: (state: Maintenance) => void;
}

const MaintenanceContext = createContext<MaintenanceContextValue | undefined>(undefined);

// While the maintenance page is shown, how often to look whether it ended.
const RECHECK_MS = 30_000;

function fromErrorData(data: Record<string, unknown> | undefined): Maintenance {
  const message = data?.message as Maintenance['message'] | undefined;
  return {
    active: true,
    from: typeof data?.from === 'string' ? data.from : null,
    until: typeof data?.until === 'string' ? data.until : null,
    message: message && typeof message.fr === 'string' ? message : null,
  };
}

/**
 * The portal's maintenance state: read on each change of page, and set at once when any request
 * answers 503 MAINTENANCE (maintenance started while the user was in the portal).
 */
export function MaintenanceProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<Maintenance | null>(null);
  const { pathname } = useLocation();
  const refresh = useCallback(async () => {
    try {
      setState(await api.get<Maintenance>('/maintenance'));
    } catch {
      // Unreachable server: pages show their own errors; keep what we knew.
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh, pathname]);
  useEffect(() => {
    setMaintenanceHandler((error) => setState(fromErrorData(error.data)));
    return () => setMaintenanceHandler(undefined);
  }, []);
  useEffect(() => {
    if (!state?.active) return;
    const timer = setInterval(() => void refresh(), RECHECK_MS);
    return () => clearInterval(timer);
  }, [state?.active, refresh]);
  const value = useMemo(() => ({ state, refresh, adopt: setState }), [state, refresh]);
  return <MaintenanceContext.Provider value={value}>{children}</MaintenanceContext.Provider>;
}

export function useMaintenance(): MaintenanceContextValue {
  const value = useContext(MaintenanceContext);
  if (!value) throw new Error('useMaintenance outside MaintenanceProvider');
  return value;
}

/**
 * During maintenance, users other than operators see the maintenance page instead of any screen
 * (the login page stays, for operators); operators see a banner above the screens.
 */
export function MaintenanceGate({ children }: { children: ReactNode }) {
  const { state } = useMaintenance();
  const { user, status } = useSession();
  const { pathname } = useLocation();
  const { mt, lang } = useMaintenanceI18n();
  if (state?.active && status !== 'loading' && !user?.isOperator && pathname !== '/login') {
    return <MaintenancePage state={state} signedIn={status === 'authenticated'} />;
  }
  let notice: ReactNode = null;
  if (state?.active && user?.isOperator) {
    notice = (
      <Alert
        severity="warning"
        small
        className="fr-mb-4w"
        title={mt('banner.title')}
        description={
          <>
            {mt('banner.body')}{' '}
            {pathname !== '/operator/maintenance' && (
              <Link to="/operator/maintenance">{mt('banner.manage')}</Link>
            )}
          </>
        }
      />
    );
  } else if (state && !state.active && state.from) {
    const from = formatLocalTime(lang, state.from);
    notice = (
      <Alert
        severity="info"
        small
        className="fr-mb-4w"
        description={
          state.until
            ? mt('planned.range', { from, until: formatLocalTime(lang, state.until) })
            : mt('planned.from', { from })
        }
      />
    );
  }
  return (
    <>
      {notice}
      {children}
    </>
  );
}
