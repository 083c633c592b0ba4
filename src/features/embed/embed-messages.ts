/**
 * The events an embedded atlas sends its host (EMBEDDING.md): their types and builders. No zod
 * here, so the app's first paint can send `atlas:error` without loading the schema library; the
 * commands a host sends are checked in embed-protocol.ts.
 */
import type { UrlState } from '../../url-state/url-state';

/** Bumped only for a breaking change; every message carries it. */
export const PROTOCOL_VERSION = 1;

export interface ReadyMessage {
  type: 'atlas:ready';
  version: typeof PROTOCOL_VERSION;
  /** The app's release (package.json version), for the host's logs. */
  appVersion: string;
}
export interface StateMessage {
  type: 'atlas:state';
  version: typeof PROTOCOL_VERSION;
  state: UrlState;
}
export interface ResizeMessage {
  type: 'atlas:resize';
  version: typeof PROTOCOL_VERSION;
  /** Content height in CSS pixels, a whole number. */
  height: number;
}
/**
 * The dataset failed: the host can show its own notice instead of waiting for atlas:ready. Only
 * the kind and a count: the host may be any page, and `data=` any file of the atlas's origin, so
 * a problem's text (a parser's message quotes the file's first bytes, an HTTP status tells which
 * files exist) would let that page read what it cannot fetch itself. The panel shows the details.
 */
export interface ErrorMessage {
  type: 'atlas:error';
  version: typeof PROTOCOL_VERSION;
  /** 'fetch': the file could not be fetched (network, timeout, HTTP status); 'data': it has problems. */
  kind: 'fetch' | 'data';
  /** How many problems the panel lists. */
  problems: number;
}
export type EmbedEvent = ReadyMessage | StateMessage | ResizeMessage | ErrorMessage;

export function errorMessage(kind: 'fetch' | 'data', problems: number): ErrorMessage {
  return { type: 'atlas:error', version: PROTOCOL_VERSION, kind, problems };
}

export function readyMessage(appVersion: string): ReadyMessage {
  return { type: 'atlas:ready', version: PROTOCOL_VERSION, appVersion };
}

/** Copies exactly the UrlState fields, so a store object with functions never reaches postMessage. */
export function stateMessage(state: UrlState): StateMessage {
  const { site, date, lang, theme, embed, panels, group, scale, table, present, view, origin, data } = state;
  return {
    type: 'atlas:state',
    version: PROTOCOL_VERSION,
    state: {
      site,
      date,
      lang,
      theme,
      embed,
      panels: [...panels],
      group,
      scale,
      table: [...table],
      present,
      view: view && { ...view },
      origin,
      data,
    },
  };
}

/** Rounds up so the iframe never shows a scrollbar for a fractional pixel. */
export function resizeMessage(height: number): ResizeMessage {
  return { type: 'atlas:resize', version: PROTOCOL_VERSION, height: Math.ceil(Math.max(0, height)) };
}

/**
 * The targetOrigin for our events: the `origin=` parameter when given, else '*'.
 * '*' is acceptable because these events carry nothing secret: the state is what the host already
 * wrote into the iframe's URL (or what its visitor clicked on a public page), and a height. The
 * risk '*' normally guards against, a frame navigated to another origin reading private data,
 * has nothing to read here. Hosts that want more set `origin=`, which also restricts commands.
 */
export function targetOriginFor(allowedOrigin: string | null): string {
  return allowedOrigin ?? '*';
}
