/**
 * The dataset's fetch and its validator chunk start at navigation (main.tsx), in
 * parallel with the locale and React's first render, instead of in the first render's effect.
 * The first load of a URL takes the promise started early; any other (a retry, Back) starts anew.
 */
import { loadAtlas, type LoadResult } from './load-dataset';
import { loadCheckedAtlas } from './load-checked-atlas';

const started = new Map<string, Promise<LoadResult>>();
const keyOf = (url: string, custom: boolean) => `${custom ? 'custom' : 'own'} ${url}`;

/** A custom (`?data=`) file is never kept by the HTTP cache or a service worker. */
const load = (url: string, custom: boolean) =>
  custom
    ? loadAtlas(url, fetch, { cache: 'no-store', credentials: 'omit', visitor: true })
    : url === trustedUrl
      ? loadCheckedAtlas(url, fetch, { cache: 'default', credentials: 'same-origin' })
      : loadAtlas(url, fetch, { cache: 'default', credentials: 'same-origin' });

let trustedUrl: string | null = null;

/**
 * The atlas's own dataset as the build validated it (scripts/dataset/): the browser only indexes
 * the file at this URL. A published release (`?version=`) and a visitor's file are validated.
 */
export function trustBuiltDataset(url: string | null): void {
  trustedUrl = url;
}

export function startAtlasLoad(url: string, custom: boolean): void {
  started.set(keyOf(url, custom), load(url, custom));
}

/** The load started early for this URL, once; otherwise a new one. */
export function takeAtlasLoad(url: string, custom: boolean): Promise<LoadResult> {
  const key = keyOf(url, custom);
  const early = started.get(key);
  started.delete(key);
  return early ?? load(url, custom);
}
