import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api/client';

export type ApiData<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: ApiError };

/** GETs a resource when the screen opens (and again on reload()); the language is re-sent. */
export function useApiData<T>(path: string, options: { allow401?: boolean } = {}) {
  const [state, setState] = useState<ApiData<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const allow401 = options.allow401 ?? false;
  useEffect(() => {
    const controller = new AbortController();
    api
      .get<T>(path, { signal: controller.signal, allow401 })
      .then((data) => setState({ status: 'ready', data }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          status: 'error',
          error:
            error instanceof ApiError
              ? error
              : new ApiError(0, 'CLIENT', String(error), undefined, [], undefined, undefined),
        });
      });
    return () => controller.abort();
  }, [path, version, allow401]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { state, reload, setState };
}
