/**
 * Connects the embed bridge to the running atlas: host commands drive the store, store changes
 * and content height go back to the host. No React here; use-embed-bridge.ts mounts it.
 */
import type { AtlasState, AtlasStore } from '../../store/atlas-store';
import type { UrlState } from '../../url-state/url-state';
import {
  createEmbedBridge,
  type EmbedCommand,
  type MessageListenerTarget,
  type MessageTarget,
} from './embed-bridge';

export interface EmbedRuntimeOptions {
  store: AtlasStore;
  /** Passed in by app/ (which owns the store <-> URL mapping), so features never import app/. */
  toUrlState: (state: AtlasState) => UrlState;
  win: MessageListenerTarget;
  parent: MessageTarget;
  knownSiteIds: ReadonlySet<string>;
  version: string;
  /** Calls back with the content height now and whenever it changes; returns a stop function. */
  watchHeight: (onHeight: (height: number) => void) => () => void;
}

export function applyEmbedCommand(store: AtlasStore, command: EmbedCommand): void {
  const state = store.getState();
  switch (command.type) {
    case 'atlas:select':
      return state.select(command.site);
    case 'atlas:set-date':
      return state.setAsOf(command.date);
    case 'atlas:set-lang':
      return state.setLang(command.lang);
    case 'atlas:set-theme':
      return state.setTheme(command.theme);
  }
}

/** Starts the channel (which announces atlas:ready at once) and returns its teardown. */
export function startEmbedRuntime(options: EmbedRuntimeOptions): () => void {
  const { store, toUrlState, win, parent, knownSiteIds, version, watchHeight } = options;
  const bridge = createEmbedBridge({
    win,
    parent,
    allowedOrigin: store.getState().origin,
    onCommand: (command) => applyEmbedCommand(store, command),
    getState: () => toUrlState(store.getState()),
    version,
    knownSiteIds,
  });
  // The host learns the starting state without asking; afterwards only real changes are sent
  // (a hover changes the store but not the URL state, and the bridge drops repeats).
  bridge.postState(toUrlState(store.getState()));
  const unsubscribe = store.subscribe((state) => bridge.postState(toUrlState(state)));
  const stopHeight = watchHeight((height) => bridge.postResize(height));
  return () => {
    stopHeight();
    unsubscribe();
    bridge.dispose();
  };
}
