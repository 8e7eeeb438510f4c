import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { useApiData } from '../../components/use-api-data';
import { formatDateTime } from '../../i18n/i18n';
import { heldSpaces, useMyStructures } from '../../structures/api';
import { labelOf, useStructureI18n } from '../../structures/messages';
import { useEffect, useState, type FormEvent } from 'react';

export interface NewsItem {
  id: string;
  publishedAt: string;
  title: { fr: string; en: string };
  body: { fr: string; en: string };
}

// Where each espace lives in the portal; espaces without a screen yet are listed without a link.
const SPACE_PATHS: Record<string, string> = {
  MON_COMPTE: '/account',
  FACTURES_EMISES: '/invoices',
  ACTIVITE_GESTIONNAIRE: '/manager',
};

/** The home page after login: espaces, directory search, recent invoice events, news, help. */
export function HomeDashboard() {
  const { st, lang } = useStructureI18n();
  const navigate = useNavigate();
  const mine = useMyStructures();
  const news = useApiData<NewsItem[]>('/news');
  const spaces = mine.state.status === 'ready' ? [...heldSpaces(mine.state.data)] : [];
  const issuer = spaces.includes('FACTURES_EMISES');
  const [recent, setRecent] = useState<number | null>(null);
  useEffect(() => {
    if (!issuer) return;
    const controller = new AbortController();
    api
      .get<unknown[]>('/invoices/recent-events', { signal: controller.signal })
      .then((list) => setRecent(Array.isArray(list) ? list.length : 0))
      .catch(() => setRecent(null));
    return () => controller.abort();
  }, [issuer]);
  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    void navigate(`/directory?q=${encodeURIComponent(typeof q === 'string' ? q.trim() : '')}`);
  };
  return (
    <>
      <h2 className="fr-h4 fr-mt-4w">{st('home.spaces')}</h2>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        {spaces.map((code) => {
          const path = SPACE_PATHS[code];
          return (
            <li key={code}>
              {path ? (
                <Link className="fr-btn fr-btn--secondary" to={path}>
                  {labelOf(st, 'space', code)}
                </Link>
              ) : (
                <span className="fr-badge">{labelOf(st, 'space', code)}</span>
              )}
            </li>
          );
        })}
      </ul>
      <form onSubmit={search} role="search" className="fr-mt-2w" aria-labelledby="home-directory">
        <h2 id="home-directory" className="fr-h4">
          {st('home.directory')}
        </h2>
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <div className="fr-col-12 fr-col-md-8">
            <Input
              label={st('home.directoryLabel')}
              nativeInputProps={{ name: 'q', type: 'search', maxLength: 200 }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Button type="submit">{st('home.directorySubmit')}</Button>
          </div>
        </div>
      </form>
      {issuer && (
        <section aria-labelledby="home-recent" className="fr-mt-4w">
          <h2 id="home-recent" className="fr-h4">
            {st('home.recent')}
          </h2>
          <p>
            {recent ? (
              <Link to="/invoices">{st('home.recentCount', { count: recent })}</Link>
            ) : (
              st('home.recentNone')
            )}
          </p>
        </section>
      )}
      <section aria-labelledby="home-news" className="fr-mt-4w">
        <h2 id="home-news" className="fr-h4">
          {st('home.news')}
        </h2>
        {news.state.status === 'ready' && news.state.data.length === 0 && (
          <p>{st('home.newsNone')}</p>
        )}
        {news.state.status === 'ready' &&
          news.state.data.map((n) => (
            <article key={n.id} className="fr-mb-3w">
              <h3 className="fr-h6 fr-mb-1v">{n.title[lang]}</h3>
              <p className="fr-text--xs fr-mb-1v">{formatDateTime(lang, n.publishedAt)}</p>
              <p>{n.body[lang]}</p>
            </article>
          ))}
      </section>
      <p>
        <Link className="fr-link fr-icon-question-line fr-link--icon-left" to="/help">
          {st('home.help')}
        </Link>
      </p>
    </>
  );
}
