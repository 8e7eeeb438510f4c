/**
 * Formatting of decimals and dates for the rendering. Amounts stay decimal strings end to end: they
 * are regrouped as text, never converted to floats, so what is printed is exactly what the XML says.
 */
import type { RenderLang } from './labels';

/** '1234567.5' → '1 234 567,5' (fr, narrow no-break spaces) or '1,234,567.5' (en). */
export function formatDecimal(value: string | undefined, lang: RenderLang): string {
  if (value === undefined) return '';
  const v = value.trim();
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(v);
  if (!m) return v;
  const sign = m[1] === '-' ? '-' : '';
  const int = (m[2] ?? '') === '' ? '0' : (m[2] ?? '0');
  const frac = m[3];
  const sep = lang === 'fr' ? '\u202f' : ',';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const dec = frac !== undefined && frac !== '' ? (lang === 'fr' ? ',' : '.') + frac : '';
  return sign + grouped + dec;
}

/** An amount with at least two decimals (the usual display of money), keeping any extra ones. */
export function formatAmount(value: string | undefined, lang: RenderLang): string {
  if (value === undefined || value.trim() === '') return '';
  const v = value.trim();
  const m = /^([+-]?\d*)(?:\.(\d*))?$/.exec(v);
  if (!m) return v;
  const frac = (m[2] ?? '').padEnd(2, '0');
  return formatDecimal(`${m[1] ?? ''}.${frac}`, lang);
}

export function formatMoney(value: string | undefined, currency: string, lang: RenderLang): string {
  const a = formatAmount(value, lang);
  if (a === '') return '';
  return lang === 'fr' ? `${a} ${currency}` : `${currency} ${a}`;
}

export function formatPercent(value: string | undefined, lang: RenderLang): string {
  if (value === undefined || value.trim() === '') return '';
  return `${formatDecimal(value, lang)} %`;
}

/** 'YYYY-MM-DD' → '31/12/2026' (fr) or '2026-12-31' (en); anything else is shown as it came. */
export function formatDate(value: string | undefined, lang: RenderLang): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return value;
  return lang === 'fr' ? `${m[3]}/${m[2]}/${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
}

/** An IBAN in groups of four, as printed on bank documents. */
export function formatIban(value: string): string {
  const v = value.replace(/\s+/g, '');
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(v) ? v.replace(/(.{4})(?=.)/g, '$1 ') : value;
}
