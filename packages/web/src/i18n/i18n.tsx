import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { en } from './en';
import { fr, type MessageKey } from './fr';

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];
export type { MessageKey };

const dictionaries = { fr, en } as const;
const STORAGE_KEY = 'chorale.lang';

export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'en';
}

/** Anonymous visitors keep their choice in localStorage; French unless the browser prefers English. */
function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // Storage may be disabled (private mode, policies): the browser's language decides.
  }
  const preferred = navigator.languages?.[0] ?? navigator.language;
  return preferred?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

let activeLang: Lang = initialLang();

/** The language the API client sends in Accept-Language (outside React). */
export function activeLanguage(): Lang {
  return activeLang;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translate(
  lang: Lang,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

interface LangContextValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const LangContext = createContext<LangContextValue | undefined>(undefined);

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(activeLang);
  const setLang = useCallback((next: Lang) => {
    activeLang = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted: the choice still holds for this page's life.
    }
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<LangContextValue>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }),
    [lang, setLang],
  );
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useI18n(): LangContextValue {
  const value = useContext(LangContext);
  if (!value) throw new Error('useI18n outside LangProvider');
  return value;
}

/** For the DSFR components' own texts (a hook, as react-dsfr expects). */
export function useCurrentLang(): string {
  return useContext(LangContext)?.lang ?? activeLang;
}

/** A moment in the reader's time zone, naming it ("27 novembre 2026 à 05:00 UTC+1"). */
export function formatLocalTime(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** Dates and times in the reader's language and time zone. */
export function formatDateTime(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso));
}
