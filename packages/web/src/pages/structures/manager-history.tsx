import { FormError } from '../../components/api-form';
import { Loading } from '../../components/loading';
import { useApiData } from '../../components/use-api-data';
import { formatDateTime } from '../../i18n/i18n';
import type { HistoryEntry } from '../../structures/api';
import { useStructureI18n } from '../../structures/messages';

/** Who did what, when, on this structure. */
export function ManagerHistory({ structureId }: { structureId: string }) {
  const { st, lang } = useStructureI18n();
  const { state } = useApiData<HistoryEntry[]>(`/structures/${structureId}/history?limit=100`);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <FormError error={state.error} />;
  return (
    <section aria-labelledby="history-title" className="fr-mt-4w">
      <h2 id="history-title">{st('manager.tab.history')}</h2>
      <div className="fr-table fr-table--no-caption">
        <table>
          <caption>{st('manager.tab.history')}</caption>
          <thead>
            <tr>
              <th scope="col">{st('manager.history.col.when')}</th>
              <th scope="col">{st('manager.history.col.who')}</th>
              <th scope="col">{st('manager.history.col.what')}</th>
              <th scope="col">{st('manager.history.col.target')}</th>
            </tr>
          </thead>
          <tbody>
            {state.data.map((h) => (
              <tr key={h.id}>
                <td>{formatDateTime(lang, h.at)}</td>
                <td>{h.actorEmail ?? '—'}</td>
                <td>
                  <code>{h.action}</code>
                </td>
                <td>{h.targetEmail ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
