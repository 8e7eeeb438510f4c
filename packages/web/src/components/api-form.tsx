import Alert from '@codegouvfr/react-dsfr/Alert';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { formatLocalTime, useI18n } from '../i18n/i18n';

export interface FieldState {
  state?: 'error';
  stateRelatedMessage?: string;
}

/**
 * Submitting a form to the API: pending flag, the error (its message above the form, each
 * `details[].message` beside its field) and checks made in the browser before sending.
 */
export function useApiForm() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const { lang } = useI18n();

  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setPending(true);
    setError(null);
    setLocalErrors({});
    try {
      return await action();
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      else setError(new ApiError(0, 'CLIENT', String(caught), undefined, [], undefined, undefined));
      return undefined;
    } finally {
      setPending(false);
    }
  }, []);

  // Messages are in the language of the request: drop them when the language changes.
  useEffect(() => {
    setError(null);
    setLocalErrors({});
  }, [lang]);

  const fieldMessage = (name: string): string | undefined =>
    localErrors[name] ?? error?.details.find((d) => d.field === name)?.message;

  const field = (name: string): FieldState => {
    const message = fieldMessage(name);
    return message ? { state: 'error', stateRelatedMessage: message } : {};
  };

  /** Browser-side checks: returns false (and shows them) when there are any. */
  const check = (errors: Record<string, string | false | undefined>): boolean => {
    const found = Object.fromEntries(
      Object.entries(errors).filter((entry): entry is [string, string] => !!entry[1]),
    );
    setLocalErrors(found);
    setError(null);
    return Object.keys(found).length === 0;
  };

  const clear = () => {
    setError(null);
    setLocalErrors({});
  };

  return { pending, error, run, field, fieldMessage, check, clear, setError };
}

/** The error of a form, announced to screen readers (role alert) and brought into view. */
export function FormError({ error }: { error: ApiError | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);
  const { t, lang } = useI18n();
  if (!error) return null;
  const lockedUntil =
    error.reason === 'ACCOUNT_LOCKED' && typeof error.data?.lockedUntil === 'string'
      ? error.data.lockedUntil
      : undefined;
  // The server names the end of a lockout in Paris time; the reader's own clock is clearer.
  const message = lockedUntil
    ? t('login.lockedUntil', { when: formatLocalTime(lang, lockedUntil) })
    : error.message;
  return (
    <div ref={ref} className="fr-mb-3w">
      <Alert severity="error" small description={message} />
    </div>
  );
}

/** A success message, announced politely. */
export function FormSuccess({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert className="fr-mb-3w" severity="success" small role="status" description={message} />
  );
}
