/**
 * What the service worker has told the page, as a tiny external store (read with
 * useSyncExternalStore): whether a new deploy is installed and waiting for a reload.
 */
export interface SwStatus {
  updateReady: boolean;
}

type Listener = () => void;

export interface SwStatusStore {
  get: () => SwStatus;
  subscribe: (listener: Listener) => () => void;
  /** The worker side: a new version is waiting (or, for another tab, has taken over). */
  markUpdateReady: () => void;
  /** The worker side: how to switch to the waiting version and reload. */
  setApplyUpdate: (apply: () => void) => void;
  /** The visitor chose to reload. */
  applyUpdate: () => void;
}

export function createSwStatus(): SwStatusStore {
  let status: SwStatus = { updateReady: false };
  let apply: () => void = () => window.location.reload();
  const listeners = new Set<Listener>();
  return {
    get: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    markUpdateReady() {
      if (status.updateReady) return;
      status = { updateReady: true };
      listeners.forEach((listener) => listener());
    },
    setApplyUpdate(next) {
      apply = next;
    },
    applyUpdate: () => apply(),
  };
}

/** The page's one status store: there is one service worker registration per page. */
export const swStatus = createSwStatus();
