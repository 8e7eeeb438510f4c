/** The portal speaks French first and English throughout. */
export type Lang = 'fr' | 'en';

export interface Localized {
  fr: string;
  en: string;
}

export const LANGS: readonly Lang[] = ['fr', 'en'];

export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'en';
}

/** Picks the first supported language of an `Accept-Language` header, French by default. */
export function langFromAcceptLanguage(header: string | undefined): Lang {
  if (!header) return 'fr';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    if (isLang(base)) return base;
  }
  return 'fr';
}

/** Replaces `{name}` placeholders. */
export function format(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

export function localize(
  text: Localized,
  lang: Lang,
  params?: Record<string, string | number>,
): string {
  return format(text[lang], params);
}
