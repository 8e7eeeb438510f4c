import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, type ApiError } from '../../api/client';
import { FormError } from '../../components/api-form';
import { formValues } from '../../components/form-values';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/page-title';
import type { SearchResult } from '../../directory/api';
import { useDirectoryI18n } from '../../directory/messages';
import { RequirementBadges } from '../../directory/requirements';

const PAGE_SIZE = 20;

/**
 * « Recherchez une structure publique en interrogeant l'annuaire », with or without a session.
 * The query lives in the address, so a result page can be shared and the back button works.
 */
export function DirectorySearchPage() {
  const { dt } = useDirectoryI18n();
  usePageTitle(dt('search.title'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const postalCode = params.get('postalCode') ?? '';
  const city = params.get('city') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!q && !postalCode && !city) {
      setResult(null);
      return;
    }
    const controller = new AbortController();
    const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
    if (q) query.set('q', q);
    if (postalCode) query.set('postalCode', postalCode);
    if (city) query.set('city', city);
    setLoading(true);
    setError(null);
    api
      .get<SearchResult>(`/directory/structures?${query.toString()}`, { signal: controller.signal })
      .then(setResult)
      .catch((e: ApiError) => {
        if (!controller.signal.aborted) setError(e);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [q, postalCode, city, page]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = formValues(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['q', 'postalCode', 'city'] as const) {
      const value = values[key]?.trim();
      if (value) next.set(key, value);
    }
    setParams(next);
  };
  const goTo = (target: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(target));
    setParams(next);
  };
  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;

  return (
    <>
      <h1>{dt('search.title')}</h1>
      <p className="fr-text--lead">{dt('search.lead')}</p>
      <form onSubmit={submit} role="search" className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label={dt('search.q')}
            hintText={dt('search.qHint')}
            nativeInputProps={{ name: 'q', defaultValue: q, maxLength: 200 }}
          />
        </div>
        <div className="fr-col-6 fr-col-md-2">
          <Input
            label={dt('search.postalCode')}
            nativeInputProps={{ name: 'postalCode', defaultValue: postalCode, maxLength: 10 }}
          />
        </div>
        <div className="fr-col-6 fr-col-md-2">
          <Input
            label={dt('search.city')}
            nativeInputProps={{ name: 'city', defaultValue: city, maxLength: 100 }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-2 fr-mt-md-7w">
          <Button type="submit" iconId="fr-icon-search-line">
            {dt('search.submit')}
          </Button>
        </div>
      </form>
      <FormError error={error} />
      {loading && <Loading />}
      {result && !loading && (
        <section aria-live="polite" className="fr-mt-4w">
          <p>
            {result.total >= 1000
              ? dt('search.countMax', { count: 1000 })
              : dt('search.count', { count: result.total })}
          </p>
          {result.items.length === 0 && <p>{dt('search.none')}</p>}
          <ul className="fr-raw-list">
            {result.items.map((s) => (
              <li key={s.id} className="fr-card fr-card--no-arrow fr-p-3w fr-mb-2w">
                <h2 className="fr-h5 fr-mb-1w">
                  <Link to={`/directory/${s.id}`}>{s.name}</Link>
                </h2>
                <p className="fr-text--sm fr-mb-1w">
                  {s.identifierType} {s.identifier}
                  {s.address.postalCode || s.address.city
                    ? ` — ${[s.address.postalCode, s.address.city].filter(Boolean).join(' ')}`
                    : ''}
                </p>
                <RequirementBadges requirements={s.requirements} />
                <p className="fr-text--sm fr-mb-0">
                  {dt('search.services')} :{' '}
                  {s.services.length === 0
                    ? dt('search.noServices')
                    : s.services
                        .map((v) => `${v.code} (${v.name})${v.legalCommitmentRequired ? ' *' : ''}`)
                        .join(', ')}
                </p>
              </li>
            ))}
          </ul>
          {pages > 1 && (
            <nav className="fr-mt-2w" aria-label={dt('search.page', { page, pages })}>
              <Button
                priority="secondary"
                disabled={page <= 1}
                onClick={() => goTo(page - 1)}
                className="fr-mr-2w"
              >
                {dt('search.previous')}
              </Button>
              <span className="fr-mr-2w">{dt('search.page', { page, pages })}</span>
              <Button priority="secondary" disabled={page >= pages} onClick={() => goTo(page + 1)}>
                {dt('search.next')}
              </Button>
            </nav>
          )}
        </section>
      )}
    </>
  );
}
