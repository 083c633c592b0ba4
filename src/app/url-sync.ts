/**
 * The bridge between the store and the address bar: the URL follows the state (replace while a
 * gesture or playback runs, push on discrete changes) and Back/Forward restore it.
 */
import type { AtlasStore } from '../store/atlas-store';
import { createHistorySync, type CommitMode, type HistoryWindow } from '../url-state/history-sync';
import { parseUrlState, warnUrlProblems } from '../url-state/url-codec';
import { fromUrlState, toUrlState, type UrlFields } from '../url-state/store-fields';
import type { UrlState } from '../url-state/url-state';

/** Continuous changes (the time cursor, the camera) replace; anything else is a new history step. */
export function commitModeFor(previous: UrlState, next: UrlState): CommitMode {
  const keys = Object.keys(next) as (keyof UrlState)[];
  const changed = keys.filter((key) => JSON.stringify(previous[key]) !== JSON.stringify(next[key]));
  return changed.every((key) => key === 'date' || key === 'view') ? 'replace' : 'push';
}

/** Reads the initial state from the URL, warning about (and ignoring) every invalid parameter. */
export function initialStateFromUrl(search: string, warn: Pick<Console, 'warn'> = console): UrlFields {
  const parsed = parseUrlState(search);
  warnUrlProblems(parsed.problems, warn);
  return fromUrlState(parsed.value);
}

/** Drops a selection the dataset does not know (a stale or mistyped shared link). */
export function dropUnknownSelection(
  store: AtlasStore,
  knownIds: ReadonlySet<string>,
  warn: Pick<Console, 'warn'> = console,
) {
  const { selectedId } = store.getState();
  if (selectedId && !knownIds.has(selectedId)) {
    warn.warn(`[atlas] URL parameter "site=${selectedId}" ignored: no such record in the dataset`);
    store.setState({ selectedId: null });
  }
}

export interface UrlSyncOptions {
  /** In a host page's iframe: replace, never push (see history-sync.ts). */
  framed?: boolean;
  /**
   * The ids the loaded dataset can select, or null before it has loaded: Back/Forward re-validate
   * `site=` against them, as the first load does (`?site=atlantis`, then Back).
   */
  knownIds?: () => ReadonlySet<string> | null;
}

export function startUrlSync(
  store: AtlasStore,
  win: HistoryWindow = window,
  { framed = false, knownIds = () => null }: UrlSyncOptions = {},
): () => void {
  const sync = createHistorySync({
    read: () => toUrlState(store.getState()),
    apply: (url) => store.setState(fromUrlState(url)),
    parse: (search) => parseUrlState(search, knownIds() ?? undefined).value,
    framed,
    win,
  });
  let previous = toUrlState(store.getState());
  const unsubscribe = store.subscribe((state) => {
    const next = toUrlState(state);
    const mode = state.playing ? 'replace' : commitModeFor(previous, next);
    previous = next;
    sync.commit(next, mode);
  });
  return () => {
    unsubscribe();
    sync.dispose();
  };
}
