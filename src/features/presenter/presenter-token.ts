/**
 * The per-presentation token that pairs a stage with the notes window it opens: the stage makes
 * one (kept in its tab's sessionStorage, so a reload keeps the pairing), hands it to the notes
 * window in the URL fragment (never sent to a server, never in a Referer), and the notes window
 * keeps it in its own sessionStorage and takes it out of the address bar.
 */
const STAGE_KEY = 'compute-atlas:presenter-token';
const NOTES_KEY = 'compute-atlas:notes-token';
const FRAGMENT = /(?:^#|&)token=([0-9a-f]{32})(?:&|$)/;

type KeyStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function session(): KeyStore | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage refused (a sandboxed frame): the pairing lasts as long as the page
  }
}

/**
 * Each call to `storage`, with a failure as "nothing kept": a full storage throws on setItem
 * (QuotaExceededError), and some private modes on every call. The pairing then lasts as long as
 * the page, and presenting goes on.
 */
function tolerant(storage: KeyStore | null): KeyStore {
  const attempt = <T>(call: (s: KeyStore) => T, otherwise: T): T => {
    try {
      return storage ? call(storage) : otherwise;
    } catch {
      return otherwise;
    }
  };
  return {
    getItem: (key) => attempt((s) => s.getItem(key), null),
    setItem: (key, value) => attempt((s) => s.setItem(key, value), undefined),
    removeItem: (key) => attempt((s) => s.removeItem(key), undefined),
  };
}

export function newToken(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  return [...random(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

let pageToken: string | null = null;

/** This presentation's token (made on first use). */
export function stageToken(storage: KeyStore | null = session()): string {
  const kept = tolerant(storage);
  const stored = kept.getItem(STAGE_KEY);
  if (stored && /^[0-9a-f]{32}$/.test(stored)) return stored;
  pageToken ??= newToken();
  kept.setItem(STAGE_KEY, pageToken);
  return pageToken;
}

/** A presentation that ends forgets its token: the next one pairs anew. */
export function forgetStageToken(storage: KeyStore | null = session()): void {
  pageToken = null;
  tolerant(storage).removeItem(STAGE_KEY);
}

/** The fragment that hands the token to the notes window. */
export const tokenFragment = (token: string): string => `#token=${token}`;

/**
 * The notes window's token: from the fragment the stage opened it with (then kept and cleared
 * from the address bar), or kept from before a reload; null when it was not opened by a stage.
 */
export function notesToken(
  hash: string,
  storage: KeyStore | null = session(),
  clearHash: () => void = () => history.replaceState(history.state, '', location.pathname + location.search),
): string | null {
  const handed = FRAGMENT.exec(hash)?.[1];
  if (handed) {
    tolerant(storage).setItem(NOTES_KEY, handed);
    clearHash();
    return handed;
  }
  const kept = tolerant(storage).getItem(NOTES_KEY);
  return kept && /^[0-9a-f]{32}$/.test(kept) ? kept : null;
}

/** A notes view inside a frame could be any page's puppet: it never runs there. */
export function isFramed(win: Pick<Window, 'top' | 'self'> = window): boolean {
  try {
    return win.top !== win.self;
  } catch {
    return true;
  }
}
