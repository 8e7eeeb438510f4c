import { useEffect, useState } from 'react';
import { FormError, FormSuccess } from '../../components/api-form';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/page-title';
import { useMyStructures } from '../../structures/api';
import { useStructureI18n } from '../../structures/messages';
import { HelpLink } from '../../help/help-page';
import { ManagerHistory } from './manager-history';
import { ManagerMembers } from './manager-members';
import { ManagerRequests } from './manager-requests';
import { ManagerServices } from './manager-services';

const STORAGE_KEY = 'chorale.managerStructure';

/** « Activité du gestionnaire »: one structure at a time, chosen in the structure selector. */
export function ManagerPage() {
  const { st } = useStructureI18n();
  usePageTitle(st('manager.title'));
  const mine = useMyStructures();
  const [selected, setSelected] = useState<string>(() => {
    try {
      return localStorage.getItem(STORAGE_KEY) ?? '';
    } catch {
      return '';
    }
  });
  const managed =
    mine.state.status === 'ready'
      ? mine.state.data.structures.filter(
          (s) => s.status === 'active' && s.spaces.includes('ACTIVITE_GESTIONNAIRE'),
        )
      : [];
  const current = managed.find((s) => s.id === selected) ?? managed[0];
  useEffect(() => {
    if (!current) return;
    try {
      localStorage.setItem(STORAGE_KEY, current.id);
    } catch {
      // The choice simply is not remembered.
    }
  }, [current]);
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  // A change reloads every panel (a decision adds a member, a grant changes the history).
  const changed = (message?: string) => {
    setNotice(message ?? null);
    setVersion((v) => v + 1);
  };

  if (mine.state.status === 'loading') return <Loading />;
  if (mine.state.status === 'error') return <FormError error={mine.state.error} />;
  return (
    <>
      <h1>{st('manager.title')}</h1>
      <HelpLink screen="/manager" />
      {!current ? (
        <p>{st('manager.none')}</p>
      ) : (
        <>
          <div className="fr-select-group">
            <label className="fr-label" htmlFor="manager-structure">
              {st('manager.selector')}
              <span className="fr-hint-text">{st('manager.selectorHint')}</span>
            </label>
            <select
              className="fr-select"
              id="manager-structure"
              value={current.id}
              onChange={(e) => setSelected(e.target.value)}
            >
              {managed.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.identifier})
                </option>
              ))}
            </select>
          </div>
          <FormSuccess message={notice} />
          <ManagerRequests
            key={`r-${current.id}-${version}`}
            structureId={current.id}
            onChange={changed}
          />
          <ManagerMembers
            key={`m-${current.id}-${version}`}
            structureId={current.id}
            myRole={current.role}
            onChange={changed}
          />
          <ManagerServices key={`s-${current.id}`} structureId={current.id} onChange={changed} />
          <ManagerHistory key={`h-${current.id}-${version}`} structureId={current.id} />
        </>
      )}
    </>
  );
}
