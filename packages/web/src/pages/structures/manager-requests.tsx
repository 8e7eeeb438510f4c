import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import { api } from '../../api/client';
import { FormError, useApiForm } from '../../components/api-form';
import { Loading } from '../../components/loading';
import { useApiData } from '../../components/use-api-data';
import { formatDateTime } from '../../i18n/i18n';
import type { StructureRequest } from '../../structures/api';
import { labelOf, useStructureI18n } from '../../structures/messages';

/** Pending attachment, espace and extension requests, decided one by one or in bulk. */
export function ManagerRequests({
  structureId,
  onChange,
}: {
  structureId: string;
  onChange: (message?: string) => void;
}) {
  const { st, lang } = useStructureI18n();
  const { state } = useApiData<StructureRequest[]>(`/structures/${structureId}/requests`);
  const form = useApiForm();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState('');
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <FormError error={state.error} />;
  const requests = state.data;
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const decide = (accept: boolean) => {
    void form
      .run(() =>
        api.post<{ decided: number }>(`/structures/${structureId}/requests/decisions`, {
          requestIds: [...selected],
          accept,
          ...(message ? { message } : {}),
        }),
      )
      .then((r) => {
        if (!r) return;
        onChange(st('manager.requests.decided', { count: r.decided }));
      });
  };
  return (
    <section aria-labelledby="requests-title" className="fr-mt-4w">
      <h2 id="requests-title">{st('manager.tab.requests')}</h2>
      <FormError error={form.error} />
      {requests.length === 0 ? (
        <p>{st('manager.requests.none')}</p>
      ) : (
        <>
          <div className="fr-table fr-table--no-caption">
            <table>
              <caption>{st('manager.tab.requests')}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <div className="fr-checkbox-group fr-checkbox-group--sm">
                      <input
                        type="checkbox"
                        id="requests-all"
                        checked={selected.size === requests.length}
                        onChange={(e) =>
                          setSelected(
                            e.target.checked ? new Set(requests.map((r) => r.id)) : new Set(),
                          )
                        }
                      />
                      <label className="fr-label" htmlFor="requests-all">
                        {st('manager.requests.selectAll')}
                      </label>
                    </div>
                  </th>
                  <th scope="col">{st('manager.requests.col.user')}</th>
                  <th scope="col">{st('manager.requests.col.kind')}</th>
                  <th scope="col">{st('manager.requests.col.date')}</th>
                </tr>
              </thead>
              <tbody>
                {requests.map((r) => {
                  const name = r.user ? `${r.user.firstName} ${r.user.lastName}` : '';
                  return (
                    <tr key={r.id}>
                      <td>
                        <div className="fr-checkbox-group fr-checkbox-group--sm">
                          <input
                            type="checkbox"
                            id={`request-${r.id}`}
                            checked={selected.has(r.id)}
                            onChange={() => toggle(r.id)}
                          />
                          <label className="fr-label" htmlFor={`request-${r.id}`}>
                            <span className="fr-sr-only">
                              {st('manager.requests.select', { name })}
                            </span>
                          </label>
                        </div>
                      </td>
                      <td>
                        {name} ({r.user?.email})
                        {r.message ? <div className="fr-text--sm">« {r.message} »</div> : null}
                      </td>
                      <td>
                        {labelOf(st, 'requests.kind', r.kind)}
                        {r.space ? ` : ${labelOf(st, 'space', r.space)}` : ''}
                      </td>
                      <td>{formatDateTime(lang, r.createdAt)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Input
            label={st('manager.requests.message')}
            textArea
            nativeTextAreaProps={{
              value: message,
              onChange: (e) => setMessage(e.target.value),
              maxLength: 1000,
            }}
          />
          <ul className="fr-btns-group fr-btns-group--inline-md">
            <li>
              <Button onClick={() => decide(true)} disabled={selected.size === 0 || form.pending}>
                {st('manager.requests.accept')}
              </Button>
            </li>
            <li>
              <Button
                priority="secondary"
                onClick={() => decide(false)}
                disabled={selected.size === 0 || form.pending}
              >
                {st('manager.requests.refuse')}
              </Button>
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
