import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError, FormSuccess, useApiForm } from '../../components/api-form';
import { formValues } from '../../components/form-values';
import type { SearchResult } from '../../structures/api';
import { useStructureI18n } from '../../structures/messages';

/** Find a structure (≥ 3 characters of its identifier, or its exact name) and ask to join it. */
export function AttachSearch({ onDone }: { onDone: () => void }) {
  const { st } = useStructureI18n();
  const search = useApiForm();
  const ask = useApiForm();
  const [results, setResults] = useState<SearchResult[] | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = formValues(event.currentTarget).q ?? '';
    setSent(null);
    void search
      .run(() => api.get<SearchResult[]>(`/structures/search?q=${encodeURIComponent(q)}`))
      .then((found) => found && setResults(found));
  };
  const request = (structure: SearchResult) => {
    setSent(null);
    void ask
      .run(() => api.post<{ id: string }>(`/structures/${structure.id}/attachment-requests`, {}))
      .then((r) => {
        if (!r) return;
        setSent(st('attach.sent'));
        setResults((list) =>
          (list ?? []).map((x) => (x.id === structure.id ? { ...x, hasPendingRequest: true } : x)),
        );
        onDone();
      });
  };
  return (
    <section aria-labelledby="attach-title" className="fr-mt-4w">
      <h2 id="attach-title" className="fr-h4">
        {st('attach.title')}
      </h2>
      <FormError error={search.error ?? ask.error} />
      <FormSuccess message={sent} />
      <form onSubmit={submit} noValidate role="search">
        <Input
          label={st('attach.search')}
          {...search.field('q')}
          nativeInputProps={{ name: 'q', type: 'search', minLength: 3 }}
        />
        <Button type="submit" priority="secondary" disabled={search.pending}>
          {st('attach.searchButton')}
        </Button>
      </form>
      {results !== null &&
        (results.length === 0 ? (
          <p className="fr-mt-2w" role="status">
            {st('attach.noResult')}
          </p>
        ) : (
          <ul className="fr-mt-2w" aria-live="polite">
            {results.map((r) => (
              <li key={r.id} className="fr-mb-1w">
                <strong>{r.name}</strong> — {r.identifierType} {r.identifier}
                {r.city ? ` — ${r.city}` : ''}{' '}
                {r.isMember ? (
                  <span className="fr-badge fr-badge--sm">{st('attach.member')}</span>
                ) : r.hasPendingRequest ? (
                  <span className="fr-badge fr-badge--sm fr-badge--info">
                    {st('attach.pendingRequest')}
                  </span>
                ) : (
                  <Button size="small" onClick={() => request(r)} disabled={ask.pending}>
                    {st('attach.ask')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
