import { useEffect, useState } from 'react';
import { ApiProblem } from './client.js';
import { useSession } from '../session/session.js';

export type Loaded<T> =
  { state: 'loading' } | { state: 'error'; problem: ApiProblem } | { state: 'done'; data: T };

/**
 * Loads data for a page and reloads when `deps` or the signed-in user/purpose change.
 * `load` must only call the API client (apiGet/apiPost).
 */
export function useApi<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const { user, purpose } = useSession();
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setResult({ state: 'loading' });
    load().then(
      (data) => live && setResult({ state: 'done', data }),
      (error: unknown) =>
        live &&
        setResult({
          state: 'error',
          problem:
            error instanceof ApiProblem
              ? error
              : new ApiProblem(0, 'Fout', error instanceof Error ? error.message : String(error)),
        }),
    );
    return () => {
      live = false;
    };
  }, [...deps, user?.token, purpose]);
  return result;
}
