import { describe, expect, it, vi } from 'vitest';
import type { HistoryWindow } from './history-sync';
import type { UrlState } from './url-state';
import { createHistorySync } from './history-sync';
import { parseUrlState } from './url-codec';
import { DEFAULT_URL_STATE } from './url-state';

/** A window with a real-enough session history: entries, an index, popstate on back/forward. */
function fakeWindow(initial = '/atlas/') {
  const entries: { url: string; state: unknown }[] = [{ url: initial, state: { router: 'kept' } }];
  let index = 0;
  const listeners = new Set<() => void>();
  const current = () => new URL(entries[index]!.url, 'https://atlas.example');
  const go = (delta: number) => {
    index += delta;
    for (const listener of listeners) listener();
  };
  const win: HistoryWindow = {
    location: {
      get pathname() {
        return current().pathname;
      },
      get search() {
        return current().search;
      },
      get hash() {
        return current().hash;
      },
    },
    history: {
      get state() {
        return entries[index]!.state;
      },
      pushState: vi.fn((state: unknown, _unused: string, url?: string | null) => {
        entries.splice(index + 1, Infinity, { url: url ?? entries[index]!.url, state });
        index += 1;
      }),
      replaceState: vi.fn((state: unknown, _unused: string, url?: string | null) => {
        entries[index] = { url: url ?? entries[index]!.url, state };
      }),
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  return {
    win,
    back: () => go(-1),
    forward: () => go(1),
    url: () => entries[index]!.url,
    length: () => entries.length,
    listenerCount: () => listeners.size,
  };
}

const state = (patch: Partial<UrlState>): UrlState => ({ ...DEFAULT_URL_STATE, ...patch });

/** A stand-in for the store: apply() sets its state, and every change is committed back. */
function fakeApp(fake: ReturnType<typeof fakeWindow>) {
  let current = parseUrlState(fake.win.location.search).value;
  const apply = vi.fn((next: UrlState) => {
    current = next;
    sync.commit(current, 'push'); // the store subscription echoes, as the real one will
  });
  const sync = createHistorySync({ read: () => current, apply, win: fake.win });
  const change = (patch: Partial<UrlState>, mode: 'push' | 'replace' = 'push') => {
    current = { ...current, ...patch };
    return sync.commit(current, mode);
  };
  return { sync, apply, change, read: () => current };
}

describe('createHistorySync', () => {
  it('pushes a discrete change, keeping the path, the hash and foreign parameters', () => {
    const fake = fakeWindow('/atlas/?utm_source=mail#about');
    const { change } = fakeApp(fake);
    expect(change({ site: 'paris-saclay' })).toBe(true);
    expect(fake.url()).toBe('/atlas/?site=paris-saclay&utm_source=mail#about');
    expect(fake.length()).toBe(2);
  });

  it('replaces while dragging: one entry however many frames', () => {
    const fake = fakeWindow();
    const { change } = fakeApp(fake);
    change({ date: '2024-01-01' }, 'push');
    for (const date of ['2024-01-02', '2024-01-03', '2024-01-04']) change({ date }, 'replace');
    expect(fake.length()).toBe(2);
    expect(fake.url()).toBe('/atlas/?date=2024-01-04');
  });

  it('keeps the history entry state on replace (a router may own it)', () => {
    const fake = fakeWindow();
    fakeApp(fake).change({ theme: 'dark' }, 'replace');
    expect(fake.win.history.state).toEqual({ router: 'kept' });
  });

  it('never touches history when the URL would not change', () => {
    const fake = fakeWindow('/atlas/?site=a&utm_id=1');
    const { sync } = fakeApp(fake);
    expect(sync.commit(state({ site: 'a' }), 'push')).toBe(false);
    expect(sync.commit(state({ site: 'a' }), 'replace')).toBe(false);
    expect(fake.win.history.pushState).not.toHaveBeenCalled();
    expect(fake.win.history.replaceState).not.toHaveBeenCalled();
  });

  it('replaces rather than pushes when only the spelling changes', () => {
    const fake = fakeWindow('/atlas/?theme=neon&view=1.00001,2,3');
    const { sync } = fakeApp(fake);
    expect(sync.commit(state({ view: { lat: 1, lon: 2, zoom: 3 } }), 'push')).toBe(true);
    expect(fake.url()).toBe('/atlas/?view=1,2,3');
    expect(fake.length()).toBe(1);
  });

  it('Back and Forward restore the state, and the echo does not erase Forward', () => {
    const fake = fakeWindow();
    const app = fakeApp(fake);
    app.change({ site: 'a' });
    app.change({ site: 'b', lang: 'fr' });
    expect(fake.length()).toBe(3);

    fake.back();
    expect(app.read()).toEqual(state({ site: 'a' }));
    fake.back();
    expect(app.read()).toEqual(DEFAULT_URL_STATE);
    fake.forward();
    fake.forward();
    expect(app.read()).toEqual(state({ site: 'b', lang: 'fr' }));
    expect(fake.length()).toBe(3);
    expect(fake.win.history.pushState).toHaveBeenCalledTimes(2);
  });

  it('an echo that rewrites a popped, hand-edited URL replaces instead of pushing', () => {
    const fake = fakeWindow('/atlas/?date=2023-02-30');
    const app = fakeApp(fake);
    app.change({ site: 'a' });
    fake.back(); // back to the entry with the invalid date
    expect(app.apply).toHaveBeenCalledWith(DEFAULT_URL_STATE);
    expect(fake.length()).toBe(2);
    expect(fake.url()).toBe('/atlas/');
    fake.forward();
    expect(app.read()).toEqual(state({ site: 'a' }));
  });

  it('an echo that corrects a popped state (the store clamps it) replaces, so Forward survives', () => {
    const fake = fakeWindow('/atlas/?present=99');
    let current = state({ present: 99 });
    const sync = createHistorySync({
      read: () => current,
      apply: (next) => {
        current = { ...next, present: next.present && Math.min(next.present, 5) }; // a 5-step story
        sync.commit(current, 'push');
      },
      win: fake.win,
    });
    current = state({ site: 'a' });
    sync.commit(current, 'push');
    fake.back();
    expect(fake.url()).toBe('/atlas/?present=5');
    expect(fake.length()).toBe(2);
    fake.forward();
    expect(current).toEqual(state({ site: 'a' }));
  });

  it('ignores a popstate that does not change our state (a hash link)', () => {
    const fake = fakeWindow('/atlas/?site=a');
    const app = fakeApp(fake);
    fake.win.history.pushState(null, '', '/atlas/?site=a#sources');
    fake.back();
    expect(app.apply).not.toHaveBeenCalled();
  });

  it('uses the injected parser (one that knows the dataset)', () => {
    const fake = fakeWindow('/atlas/?site=atlantis');
    const apply = vi.fn();
    createHistorySync({
      read: () => state({ site: 'a' }),
      apply,
      win: fake.win,
      parse: (search) => parseUrlState(search, new Set(['a'])).value,
    });
    fake.win.history.pushState(null, '', '/atlas/?site=a');
    fake.back();
    expect(apply).toHaveBeenCalledWith(DEFAULT_URL_STATE);
  });

  it('dispose stops listening and writing', () => {
    const fake = fakeWindow();
    const { sync, apply } = fakeApp(fake);
    sync.dispose();
    expect(fake.listenerCount()).toBe(0);
    expect(sync.commit(state({ site: 'a' }), 'push')).toBe(false);
    fake.win.history.pushState(null, '', '/atlas/?site=z');
    fake.back();
    expect(apply).not.toHaveBeenCalled();
  });
});
