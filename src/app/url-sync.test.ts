import { describe, expect, it, vi } from 'vitest';
import { createAtlasStore } from '../store/atlas-store';
import type { HistoryWindow } from '../url-state/history-sync';
import { DEFAULT_URL_STATE } from '../url-state/url-state';
import { commitModeFor, dropUnknownSelection, initialStateFromUrl, startUrlSync } from './url-sync';

function fakeWindow(search = ''): HistoryWindow & { entries: string[]; pop: (search: string) => void } {
  const listeners = new Set<() => void>();
  const win = {
    entries: [search],
    location: { pathname: '/atlas/', search, hash: '' },
    history: {
      state: null,
      pushState: (_d: unknown, _u: string, url?: string | null) => {
        win.entries.push(String(url));
        win.location.search = new URL(String(url), 'http://x/atlas/').search;
      },
      replaceState: (_d: unknown, _u: string, url?: string | null) => {
        win.entries[win.entries.length - 1] = String(url);
        win.location.search = new URL(String(url), 'http://x/atlas/').search;
      },
    },
    addEventListener: (_t: 'popstate', l: () => void) => listeners.add(l),
    removeEventListener: (_t: 'popstate', l: () => void) => listeners.delete(l),
    pop: (next: string) => {
      win.location.search = next;
      listeners.forEach((l) => l());
    },
  };
  return win;
}

describe('url sync', () => {
  it('reads the initial state and ignores garbage with a warning', () => {
    const warn = vi.fn();
    const state = initialStateFromUrl('?site=essonne-datacenter&date=2025-13-45&lang=en&theme=purple', {
      warn,
    });
    expect(state).toMatchObject({ selectedId: 'essonne-datacenter', asOf: null, lang: 'en', theme: 'auto' });
    expect(warn).toHaveBeenCalled();
    expect(warn.mock.calls.flat().join(' ')).toMatch(/date/);
    expect(warn.mock.calls.flat().join(' ')).toMatch(/theme/);
  });

  it('pushes discrete changes and replaces cursor moves', () => {
    const base = { ...DEFAULT_URL_STATE };
    expect(commitModeFor(base, { ...base, site: 'a' })).toBe('push');
    expect(commitModeFor(base, { ...base, date: '2025-02-09' })).toBe('replace');
    expect(commitModeFor(base, { ...base, view: { lat: 1, lon: 2, zoom: 3 } })).toBe('replace');
    expect(commitModeFor(base, { ...base, date: '2025-02-09', lang: 'fr' })).toBe('push');
  });

  it('writes the store into the URL and restores it on Back', () => {
    const win = fakeWindow('');
    const store = createAtlasStore();
    const stop = startUrlSync(store, win);
    store.getState().select('borlange-campus');
    expect(win.location.search).toBe('?site=borlange-campus');
    store.getState().setAsOf('2025-03-01');
    expect(win.entries).toHaveLength(2); // the cursor move replaced the entry
    expect(win.location.search).toBe('?site=borlange-campus&date=2025-03-01');
    win.pop('?site=essonne-datacenter&lang=fr');
    expect(store.getState()).toMatchObject({ selectedId: 'essonne-datacenter', lang: 'fr', asOf: null });
    stop();
    store.getState().select(null);
    expect(win.location.search).toBe('?site=essonne-datacenter&lang=fr');
  });

  it('re-validates the selection on Back/Forward once the dataset is known', () => {
    const win = fakeWindow('');
    const store = createAtlasStore();
    const stop = startUrlSync(store, win, { knownIds: () => new Set(['essonne']) });
    store.getState().select('essonne');
    win.pop('?site=atlantis&lang=fr');
    expect(store.getState()).toMatchObject({ selectedId: null, lang: 'fr' });
    win.pop('?site=essonne');
    expect(store.getState().selectedId).toBe('essonne');
    stop();
  });

  it('never pushes when framed: the host page keeps its own history', () => {
    const win = fakeWindow('?embed=1');
    const store = createAtlasStore({ embed: true });
    const stop = startUrlSync(store, win, { framed: true });
    store.getState().select('essonne');
    store.getState().setLang('fr');
    store.getState().select('borlange');
    expect(win.entries).toEqual(['/atlas/?site=borlange&lang=fr&embed=1']);
    stop();
  });

  it('drops a selection the dataset does not know', () => {
    const store = createAtlasStore({ selectedId: 'atlantis' });
    const warn = vi.fn();
    dropUnknownSelection(store, new Set(['essonne-datacenter']), { warn });
    expect(store.getState().selectedId).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('atlantis'));
  });
});
