import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError, FormSuccess, useApiForm } from '../../components/api-form';
import { formValues } from '../../components/form-values';
import { useApiData } from '../../components/use-api-data';
import { useStructureI18n } from '../../structures/messages';
import type { NewsItem } from './home-dashboard';

/** The operator writes the platform's news, in French and English. */
export function OperatorNews() {
  const { st, lang } = useStructureI18n();
  const { state, reload } = useApiData<NewsItem[]>('/news');
  const form = useApiForm();
  const [done, setDone] = useState<string | null>(null);
  const publish = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = event.currentTarget;
    const v = formValues(target);
    setDone(null);
    void form
      .run(() =>
        api.post('/operator/news', {
          title: { fr: v.titleFr ?? '', en: v.titleEn ?? '' },
          body: { fr: v.bodyFr ?? '', en: v.bodyEn ?? '' },
        }),
      )
      .then((r) => {
        if (r === undefined) return;
        setDone(st('operator.news.published'));
        target.reset();
        reload();
      });
  };
  const remove = (id: string) =>
    void form.run(() => api.delete(`/operator/news/${id}`)).then(() => reload());
  return (
    <section aria-labelledby="news-title" className="fr-mt-4w">
      <h2 id="news-title">{st('operator.news.title')}</h2>
      <FormError error={form.error} />
      <FormSuccess message={done} />
      {state.status === 'ready' && state.data.length > 0 && (
        <ul>
          {state.data.map((n) => (
            <li key={n.id}>
              {n.title[lang]}{' '}
              <Button size="small" priority="tertiary" onClick={() => remove(n.id)}>
                {st('operator.news.delete', { title: n.title[lang] })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={publish} noValidate>
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <Input
              label={st('operator.news.titleFr')}
              {...form.field('title.fr')}
              nativeInputProps={{ name: 'titleFr', lang: 'fr' }}
            />
            <Input
              label={st('operator.news.bodyFr')}
              textArea
              {...form.field('body.fr')}
              nativeTextAreaProps={{ name: 'bodyFr', lang: 'fr', rows: 4 }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <Input
              label={st('operator.news.titleEn')}
              {...form.field('title.en')}
              nativeInputProps={{ name: 'titleEn', lang: 'en' }}
            />
            <Input
              label={st('operator.news.bodyEn')}
              textArea
              {...form.field('body.en')}
              nativeTextAreaProps={{ name: 'bodyEn', lang: 'en', rows: 4 }}
            />
          </div>
        </div>
        <Button type="submit" disabled={form.pending}>
          {st('operator.news.publish')}
        </Button>
      </form>
    </section>
  );
}
