import Input from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../components/page-title';
import { useI18n } from '../i18n/i18n';
import { searchHelp, topicsForScreen } from './help-topics';

const TEXT = {
  fr: {
    title: 'Aide',
    lead: 'Posez votre question : la réponse vient de la base d’aide de Chorale.',
    search: 'Votre question',
    forScreen: 'Aide sur cet écran',
    none: 'Aucune réponse dans la base d’aide. Reformulez votre question avec d’autres mots.',
    results: '{count} réponse(s)',
  },
  en: {
    title: 'Help',
    lead: "Ask your question: the answer comes from Chorale's help base.",
    search: 'Your question',
    forScreen: 'Help for this screen',
    none: 'No answer in the help base. Try other words.',
    results: '{count} answer(s)',
  },
} as const;

/**
 * The assistant: a searchable help base in French and English. `?ecran=/manager` opens the help of
 * one screen (the « Aide » links of the screens point here).
 */
export function HelpPage() {
  const { lang } = useI18n();
  const text = TEXT[lang];
  usePageTitle(text.title);
  const [params] = useSearchParams();
  const screen = params.get('ecran');
  const [query, setQuery] = useState('');
  const topics = query.trim()
    ? searchHelp(query, lang)
    : screen
      ? topicsForScreen(screen)
      : searchHelp('', lang);
  return (
    <>
      <h1>{text.title}</h1>
      <p className="fr-text--lead">{text.lead}</p>
      <div role="search">
        <Input
          label={text.search}
          nativeInputProps={{
            type: 'search',
            value: query,
            onChange: (e) => setQuery(e.target.value),
          }}
        />
      </div>
      {screen && !query.trim() && <h2 className="fr-h4">{text.forScreen}</h2>}
      <p role="status" className="fr-sr-only">
        {text.results.replace('{count}', String(topics.length))}
      </p>
      {topics.length === 0 && <p>{text.none}</p>}
      {topics.map((topic) => (
        <section key={topic.id} aria-labelledby={`help-${topic.id}`} className="fr-mb-4w">
          <h2 id={`help-${topic.id}`} className="fr-h5">
            {topic.title[lang]}
          </h2>
          {topic.body.map((p, i) => (
            <p key={i}>{p[lang]}</p>
          ))}
        </section>
      ))}
    </>
  );
}

/** « Aide sur cet écran »: a link each screen puts beside its title. */
export function HelpLink({ screen }: { screen: string }) {
  const { lang } = useI18n();
  return (
    <p>
      <Link
        className="fr-link fr-icon-question-line fr-link--icon-left"
        to={`/help?ecran=${encodeURIComponent(screen)}`}
      >
        {TEXT[lang].forScreen}
      </Link>
    </p>
  );
}
