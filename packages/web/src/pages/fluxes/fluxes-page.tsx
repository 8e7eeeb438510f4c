import Button from '@codegouvfr/react-dsfr/Button';
import Select from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import { FormError } from '../../components/api-form';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/page-title';
import { useApiData } from '../../components/use-api-data';
import { TERMINAL_STATUSES, type FluxPage, type FluxSummary } from '../../fluxes/api';
import { useFluxI18n } from '../../fluxes/messages';
import { usePolled } from '../../fluxes/use-polled';
import { formatDateTime } from '../../i18n/i18n';
import type { MyStructures } from '../../structures/api';
import { FluxCounts, FluxProgress, FluxStatusBadge } from './flux-status';

const PAGE_SIZE = 20;

const integrating = (page: FluxPage) => page.items.some((f) => !TERMINAL_STATUSES.has(f.status));

/**
 * « Suivi des flux »: the structure's fluxes, newest first, with status, counts and a progress
 * bar that moves while a flux is being integrated (the first page is polled until all are done).
 */
export function FluxesPage() {
  const { ft, lang } = useFluxI18n();
  usePageTitle(ft('list.title'));
  const structures = useApiData<MyStructures>('/me/structures');
  const [structureId, setStructureId] = useState('');
  const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (structureId) query.set('structureId', structureId);
  const first = usePolled<FluxPage>(`/fluxes?${query.toString()}`, integrating);
  const [more, setMore] = useState<{ items: FluxSummary[]; cursor: string | null } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const emitting =
    structures.state.status === 'ready'
      ? structures.state.data.structures.filter((s) => s.spaces.includes('FACTURES_EMISES'))
      : [];
  const loadMore = (cursor: string) => {
    const next = new URLSearchParams(query);
    next.set('cursor', cursor);
    api
      .get<FluxPage>(`/fluxes?${next.toString()}`)
      .then((page) =>
        setMore((previous) => ({
          items: [...(previous?.items ?? []), ...page.items],
          cursor: page.nextCursor,
        })),
      )
      .catch((e: unknown) => e instanceof ApiError && setError(e));
  };

  const ready = first.status === 'ready' ? first.data : null;
  const items = ready ? [...ready.items, ...(more?.items ?? [])] : [];
  const cursor = more ? more.cursor : (ready?.nextCursor ?? null);
  return (
    <>
      <h1>{ft('list.title')}</h1>
      <p>{ft('list.intro')}</p>
      <Link className="fr-btn fr-mb-3w" to="/fluxes/new">
        {ft('list.new')}
      </Link>
      {emitting.length > 1 && (
        <Select
          label={ft('list.structure')}
          nativeSelectProps={{
            value: structureId,
            onChange: (e) => {
              setMore(null);
              setStructureId(e.target.value);
            },
          }}
        >
          <option value="">{ft('list.all')}</option>
          {emitting.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.identifier})
            </option>
          ))}
        </Select>
      )}
      {first.status === 'loading' && <Loading />}
      {first.status === 'error' && <FormError error={first.error} />}
      <FormError error={error} />
      {ready && (
        <>
          <p aria-live="polite">{ft('list.count', { count: ready.total })}</p>
          {items.length === 0 ? (
            <p>{ft('list.none')}</p>
          ) : (
            <div className="fr-table fr-table--no-caption">
              <table data-testid="fluxes-table">
                <caption>{ft('list.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{ft('col.number')}</th>
                    <th scope="col">{ft('col.file')}</th>
                    <th scope="col">{ft('col.receivedAt')}</th>
                    <th scope="col">{ft('col.status')}</th>
                    <th scope="col">{ft('col.counts')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((flux) => (
                    <tr key={flux.id} data-flux={flux.number}>
                      <td>
                        <Link to={`/fluxes/${flux.id}`}>{flux.number}</Link>
                      </td>
                      <td>{flux.fileName}</td>
                      <td>{formatDateTime(lang, flux.receivedAt)}</td>
                      <td>
                        <FluxStatusBadge status={flux.status} />
                      </td>
                      <td>
                        <FluxCounts flux={flux} />
                        {!TERMINAL_STATUSES.has(flux.status) && <FluxProgress flux={flux} />}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {cursor && (
            <Button priority="secondary" onClick={() => loadMore(cursor)}>
              {ft('list.more')}
            </Button>
          )}
        </>
      )}
    </>
  );
}
