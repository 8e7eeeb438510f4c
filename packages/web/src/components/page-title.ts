import { useEffect } from 'react';

/** Each screen names itself in the tab title (screen readers announce it, history lists it). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Chorale`;
  }, [title]);
}
