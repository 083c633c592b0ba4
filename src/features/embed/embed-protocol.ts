/**
 * The postMessage contract between an embedded atlas and its host page (issue 7, EMBEDDING.md).
 * Host -> embed commands are untrusted input: parseHostMessage checks who sent them and what
 * they hold, and returns null for anything else. It never throws.
 */
import '../../dataset/zod-config'; // first: jitless before any schema is built (strict CSP)
import { z } from 'zod';
import type { UrlState } from '../../url-state/url-state';
import { THEMES } from '../../url-state/url-state';
import { MAX_SITE_ID_LENGTH, isCalendarDate, isSiteId } from '../../url-state/url-validators';

/** Bumped only for a breaking change; every message carries it. */
export const PROTOCOL_VERSION = 1;

const version = z.literal(PROTOCOL_VERSION);
const siteId = z.string().max(MAX_SITE_ID_LENGTH).refine(isSiteId, 'a kebab-case site id');
const date = z.string().length(10).refine(isCalendarDate, 'a calendar date YYYY-MM-DD');

// Strict objects: an unexpected key (`__proto__`, `constructor`, a typo) rejects the message.
export const hostCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('atlas:select'), version, site: siteId.nullable() }),
  z.strictObject({ type: z.literal('atlas:set-date'), version, date: date.nullable() }),
  z.strictObject({ type: z.literal('atlas:set-lang'), version, lang: z.enum(['fr', 'en']).nullable() }),
  z.strictObject({ type: z.literal('atlas:set-theme'), version, theme: z.enum(THEMES) }),
  z.strictObject({ type: z.literal('atlas:get-state'), version }),
]);

export type HostCommand = z.infer<typeof hostCommandSchema>;

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
/** The dataset failed: the host can show its own notice instead of waiting for atlas:ready. */
export interface ErrorMessage {
  type: 'atlas:error';
  version: typeof PROTOCOL_VERSION;
  /** 'fetch': the file could not be fetched (network, timeout, HTTP status); 'data': it has problems. */
  kind: 'fetch' | 'data';
  /** The first problem, as the error panel shows it (path: message). */
  message: string;
  /** How many problems the panel lists. */
  problems: number;
}
export type EmbedEvent = ReadyMessage | StateMessage | ResizeMessage | ErrorMessage;

/** What a `message` event looks like to us; a real MessageEvent fits. */
export interface MessageEventLike {
  data: unknown;
  origin: string;
  source: unknown;
}

export interface HostMessageRules {
  /** `window.parent`, or null when the atlas is not framed (then nothing is accepted). */
  parent: unknown;
  /** From `origin=`: when set, only this origin may command the embed. */
  allowedOrigin: string | null;
  /** When given, `atlas:select` must name one of these sites. */
  knownSiteIds?: ReadonlySet<string>;
}

export function parseHostMessage(event: MessageEventLike, rules: HostMessageRules): HostCommand | null {
  try {
    if (rules.parent == null || event.source !== rules.parent) return null; // siblings, popups, workers
    if (rules.allowedOrigin !== null && event.origin !== rules.allowedOrigin) return null;
    const { data } = event;
    if (!isPlainObject(data)) return null;
    const parsed = hostCommandSchema.safeParse(data);
    if (!parsed.success) return null;
    const command = parsed.data;
    if (command.type === 'atlas:select' && command.site !== null && rules.knownSiteIds) {
      if (!rules.knownSiteIds.has(command.site)) return null;
    }
    return command;
  } catch {
    return null; // a throwing getter or a Proxy from a same-origin caller
  }
}

/**
 * Structured clone gives us plain objects; anything else (an inherited `type` on a crafted
 * prototype, a class instance, an array) is refused before zod, which reads inherited keys.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function errorMessage(kind: 'fetch' | 'data', messages: readonly string[]): ErrorMessage {
  const first = messages[0] ?? '';
  return {
    type: 'atlas:error',
    version: PROTOCOL_VERSION,
    kind,
    message: first.length > 500 ? `${first.slice(0, 500)}…` : first,
    problems: messages.length,
  };
}

export function readyMessage(appVersion: string): ReadyMessage {
  return { type: 'atlas:ready', version: PROTOCOL_VERSION, appVersion };
}

/** Copies exactly the UrlState fields, so a store object with functions never reaches postMessage. */
export function stateMessage(state: UrlState): StateMessage {
  const { site, date, lang, theme, embed, panels, present, view, origin, data } = state;
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
