import { describe, expect, it, vi } from 'vitest';
import { createAtlasStore, type AtlasState, type AtlasStateData } from '../../store/atlas-store';
import type { UrlState } from '../../url-state/url-state';
import type { MessageListenerTarget, MessageTarget } from './embed-bridge';
import type { MessageEventLike } from './embed-protocol';
import { startEmbedRuntime } from './embed-runtime';

const HOST = 'https://news.example.org';

// The same mapping as app/url-sync.ts, written out so this feature's test does not import app/.
const toUrlState = (s: AtlasState): UrlState => ({
  site: s.selectedId,
  date: s.asOf,
  lang: s.lang,
  theme: s.theme,
  embed: s.embed,
  panels: s.panels,
  group: s.group,
  scale: s.scale,
  table: s.table,
  present: s.present,
  view: s.view,
  origin: s.origin,
  data: s.data,
});

function setup(initial: Partial<AtlasStateData> = {}) {
  const store = createAtlasStore({ embed: true, panels: ['map', 'details'], ...initial });
  const listeners = new Set<(event: MessageEventLike) => void>();
  const win: MessageListenerTarget = {
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  const parent = { postMessage: vi.fn<MessageTarget['postMessage']>() };
  const sibling = {};
  let reportHeight: (height: number) => void = () => {};
  const stopHeight = vi.fn();
  const stop = startEmbedRuntime({
    store,
    toUrlState,
    win,
    parent,
    knownSiteIds: new Set(['essonne', 'borlange', 'uae-france']),
    version: '0.1.0',
    watchHeight: (onHeight) => {
      reportHeight = onHeight;
      onHeight(480);
      return stopHeight;
    },
  });
  const receive = (data: unknown, source: unknown = parent, origin = HOST) => {
    for (const listener of listeners) listener({ data, origin, source });
  };
  const sent = () => parent.postMessage.mock.calls.map(([message]) => message as { type: string });
  const ofType = (type: string) => sent().filter((m) => m.type === type);
  return {
    store,
    parent,
    sibling,
    receive,
    sent,
    ofType,
    stop,
    stopHeight,
    listeners,
    resize: (h: number) => reportHeight(h),
  };
}

describe('startEmbedRuntime', () => {
  it('announces ready, then the starting state and height', () => {
    const { sent } = setup({ selectedId: 'essonne' });
    expect(sent().map((m) => m.type)).toEqual(['atlas:ready', 'atlas:state', 'atlas:resize']);
    expect(sent()[1]).toMatchObject({ state: { site: 'essonne', embed: true, panels: ['map', 'details'] } });
    expect(sent()[2]).toEqual({ type: 'atlas:resize', version: 1, height: 480 });
  });

  it('host commands drive the store', () => {
    const { store, receive } = setup();
    receive({ type: 'atlas:select', version: 1, site: 'borlange' });
    receive({ type: 'atlas:set-date', version: 1, date: '2025-03-01' });
    receive({ type: 'atlas:set-lang', version: 1, lang: 'fr' });
    receive({ type: 'atlas:set-theme', version: 1, theme: 'dark' });
    expect(store.getState()).toMatchObject({
      selectedId: 'borlange',
      asOf: '2025-03-01',
      lang: 'fr',
      theme: 'dark',
    });
    receive({ type: 'atlas:select', version: 1, site: null });
    expect(store.getState().selectedId).toBeNull();
  });

  it('ignores a sibling frame and unknown ids', () => {
    const { store, receive, sibling } = setup();
    receive({ type: 'atlas:select', version: 1, site: 'borlange' }, sibling);
    receive({ type: 'atlas:select', version: 1, site: 'atlantis' });
    expect(store.getState().selectedId).toBeNull();
  });

  it('uses origin= from the store for commands and events', () => {
    const { store, receive, parent } = setup({ origin: HOST });
    receive({ type: 'atlas:select', version: 1, site: 'borlange' }, parent, 'https://evil.example');
    expect(store.getState().selectedId).toBeNull();
    receive({ type: 'atlas:select', version: 1, site: 'borlange' });
    expect(store.getState().selectedId).toBe('borlange');
    expect(new Set(parent.postMessage.mock.calls.map(([, target]) => target))).toEqual(new Set([HOST]));
  });

  it('reports URL-state changes once each, and not hovers', () => {
    const { store, ofType } = setup();
    store.getState().hover('essonne');
    expect(ofType('atlas:state')).toHaveLength(1);
    store.getState().select('essonne');
    store.getState().select('essonne');
    store.getState().setTheme('dark');
    const states = ofType('atlas:state') as unknown as { state: UrlState }[];
    expect(states.map((m) => [m.state.site, m.state.theme])).toEqual([
      [null, 'auto'],
      ['essonne', 'auto'],
      ['essonne', 'dark'],
    ]);
  });

  it('answers atlas:get-state with the current state', () => {
    const { store, receive, ofType } = setup();
    store.getState().setAsOf('2025-02-10');
    receive({ type: 'atlas:get-state', version: 1 });
    expect(ofType('atlas:state').at(-1)).toMatchObject({ state: { date: '2025-02-10' } });
  });

  it('posts height changes', () => {
    const { resize, ofType } = setup();
    resize(812.3);
    resize(812.1);
    expect(ofType('atlas:resize').map((m) => (m as unknown as { height: number }).height)).toEqual([
      480, 813,
    ]);
  });

  it('stops everything on teardown', () => {
    const { stop, stopHeight, listeners, store, sent } = setup();
    const before = sent().length;
    stop();
    store.getState().select('essonne');
    expect(sent()).toHaveLength(before);
    expect(stopHeight).toHaveBeenCalledOnce();
    expect(listeners.size).toBe(0);
  });
});
