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

export function newToken(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  return [...random(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

let pageToken: string | null = null;

/** This presentation's token (made on first use). */
export function stageToken(storage: KeyStore | null = session()): string {
  const stored = storage?.getItem(STAGE_KEY);
  if (stored && /^[0-9a-f]{32}$/.test(stored)) return stored;
  pageToken ??= newToken();
  storage?.setItem(STAGE_KEY, pageToken);
  return pageToken;
}

/** A presentation that ends forgets its token: the next one pairs anew. */
export function forgetStageToken(storage: KeyStore | null = session()): void {
  pageToken = null;
  storage?.removeItem(STAGE_KEY);
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
    storage?.setItem(NOTES_KEY, handed);
    clearHash();
    return handed;
  }
  const kept = storage?.getItem(NOTES_KEY);
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
