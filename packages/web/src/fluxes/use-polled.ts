import { useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../api/client';
import type { ApiData } from '../components/use-api-data';

/**
 * GETs a resource, then again every `intervalMs` while `again(data)` holds (a flux being
 * integrated): the progress moves without a reload. Stops when the screen closes.
 */
export function usePolled<T>(
  path: string,
  again: (data: T) => boolean,
  intervalMs = 1500,
): ApiData<T> {
  const [state, setState] = useState<ApiData<T>>({ status: 'loading' });
  // The predicate is a new function each render: read it through a ref so polling does not restart.
  const predicate = useRef(again);
  predicate.current = again;
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => {
      api
        .get<T>(path, { signal: controller.signal })
        .then((data) => {
          setState({ status: 'ready', data });
          if (predicate.current(data)) timer = setTimeout(load, intervalMs);
        })
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
    };
    load();
    return () => {
      controller.abort();
      if (timer) clearTimeout(timer);
    };
  }, [path, intervalMs]);
  return state;
}
