import type { Identifier } from '../model/invoice';
import type { XmlElement } from '../xml/types';

/** First child with this namespace and local name. */
export function kid(el: XmlElement | undefined, ns: string, local: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (c.local === local && c.ns === ns) return c;
  return undefined;
}

/** All children with this namespace and local name. */
export function kids(el: XmlElement | undefined, ns: string, local: string): XmlElement[] {
  if (!el) return [];
  const out: XmlElement[] = [];
  for (const c of el.children) if (c.local === local && c.ns === ns) out.push(c);
  return out;
}

/** Value of an unqualified attribute. */
export function attr(el: XmlElement | undefined, local: string): string | undefined {
  if (!el) return undefined;
  for (const a of el.attributes) if (a.local === local && a.ns === '') return a.value.trim();
  return undefined;
}

/** Trimmed text of an element that may be absent: undefined when absent, '' when empty. */
export function text(el: XmlElement | undefined): string | undefined {
  return el ? el.text.trim() : undefined;
}

/** Trimmed text of a required term: '' when absent (the rules report it). */
export function req(el: XmlElement | undefined): string {
  return el ? el.text.trim() : '';
}

/** An identifier with its scheme attribute, or undefined when the element is absent. */
export function ident(el: XmlElement | undefined, schemeAttr = 'schemeID'): Identifier | undefined {
  if (!el) return undefined;
  const schemeId = attr(el, schemeAttr);
  return schemeId === undefined ? { value: el.text.trim() } : { value: el.text.trim(), schemeId };
}

/** Sets `obj[key]` only when the value is defined, so absent terms stay absent (not `key: undefined`). */
export function put<T extends object, K extends keyof T>(
  obj: T,
  key: K,
  value: T[K] | undefined,
): void {
  if (value !== undefined) obj[key] = value;
}
