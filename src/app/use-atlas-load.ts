import { useCallback, useEffect, useMemo, useState } from 'react';
import { takeAtlasLoad } from '../dataset/early-load';
import type { LoadResult } from '../dataset/load-dataset';

export type LoadState = { status: 'loading' } | ({ status: 'done' } & LoadResult);

/**
 * Loads `url` and reloads on `retry()`. A result is shown only for the URL (and attempt) it
 * belongs to, so switching datasets (Back from `?data=`) never shows the old model meanwhile.
 * A custom dataset is fetched with `cache: 'no-store'`: it is never kept by the HTTP cache or a
 * service worker's runtime cache; the atlas's own file is a hashed asset. The first
 * attempt takes the load main.tsx started at navigation (early-load.ts).
 */
export function useAtlasLoad(url: string, custom = false): LoadState & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; result: LoadResult } | null>(null);
  const key = `${attempt}\n${url}`;
  useEffect(() => {
    let live = true;
    void takeAtlasLoad(url, custom).then((result) => {
      if (live) setState({ key, result });
    });
    return () => {
      live = false;
    };
  }, [url, custom, key]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const current = state && state.key === key ? state.result : null;
  // One object per result, so that effects keyed on it (atlas:error) run once per attempt.
  return useMemo(
    () => (current ? { status: 'done' as const, ...current, retry } : { status: 'loading' as const, retry }),
    [current, retry],
  );
}
