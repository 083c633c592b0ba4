/**
 * Keeps the address bar and the app's URL state in step: the URL follows the state,
 * and Back/Forward bring the state back. Framework-free; the window is injected for tests.
 *
 * Callers choose the mode: 'replace' while a gesture runs (dragging the time cursor, panning),
 * 'push' for discrete changes (a click on a site, a language switch). To make a whole drag one
 * Back step, push its first frame and replace the rest.
 */
import type { UrlState } from './url-state';
import { mergeSearch, parseUrlState, sameUrlState } from './url-codec';

export type CommitMode = 'push' | 'replace';

/** The slice of `window` this module touches. */
export interface HistoryWindow {
  location: { readonly pathname: string; readonly search: string; readonly hash: string };
  history: {
    readonly state: unknown;
    pushState(data: unknown, unused: string, url?: string | null): void;
    replaceState(data: unknown, unused: string, url?: string | null): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

export interface HistorySyncOptions {
  /** The app's current URL state (from the store). */
  read: () => UrlState;
  /** Puts a state from the URL into the app (into the store). */
  apply: (state: UrlState) => void;
  win?: HistoryWindow;
  /** Defaults to the codec without site ids or warnings; inject one that knows the dataset. */
  parse?: (search: string) => UrlState;
  /**
   * Running inside a host page's iframe: a framed document's pushState adds to the *host's* joint
   * session history, so the host's Back button would step through the atlas. Then every commit
   * replaces.
   */
  framed?: boolean;
}

export interface HistorySync {
  /** Writes `state` into the URL. Returns whether history was touched. */
  commit(state: UrlState, mode: CommitMode): boolean;
  dispose(): void;
}

export function createHistorySync({
  read,
  apply,
  win = window,
  parse = (search) => parseUrlState(search).value,
  framed = false,
}: HistorySyncOptions): HistorySync {
  let applying = false;
  let disposed = false;

  const onPopState = () => {
    const next = parse(win.location.search);
    if (sameUrlState(next, read())) return; // a hash change, or our own echo
    applying = true;
    try {
      apply(next);
    } finally {
      applying = false;
    }
  };
  win.addEventListener('popstate', onPopState);

  return {
    commit(state, mode) {
      if (disposed) return false;
      const { pathname, search, hash } = win.location;
      const next = mergeSearch(search, state);
      if (next === search) return false;
      const url = `${pathname}${next}${hash}`;
      // Never push while applying a popped entry (the store echoing Back would erase Forward),
      // nor when only the spelling changes (an invalid parameter dropped, a view rounded).
      if (mode === 'push' && !framed && !applying && !sameUrlState(parse(search), state)) {
        win.history.pushState(null, '', url);
      } else {
        win.history.replaceState(win.history.state, '', url);
      }
      return true;
    },
    dispose() {
      disposed = true;
      win.removeEventListener('popstate', onPopState);
    },
  };
}
