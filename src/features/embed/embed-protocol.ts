/**
 * The postMessage contract between an embedded atlas and its host page (EMBEDDING.md).
 * Host -> embed commands are untrusted input: parseHostMessage checks who sent them and what
 * they hold, and returns null for anything else. It never throws. The events we send are in
 * embed-messages.ts, which has no zod, so the first paint does not carry the schema library.
 */
import '../../dataset/zod-config'; // first: jitless before any schema is built (strict CSP)
import { z } from 'zod';
import { THEMES } from '../../store/ui-vocabulary';
import { MAX_SITE_ID_LENGTH, isCalendarDate, isSiteId } from '../../url-state/url-validators';
import { PROTOCOL_VERSION } from './embed-messages';

export * from './embed-messages';

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
    // Stryker disable next-line ConditionalExpression: equivalent, a failed parse has no data and the next line throws into the catch, which returns null too
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
  // Stryker disable next-line all: equivalent, each part is a fast path of the prototype check below (null throws into the caller's catch; arrays, functions and primitives have other prototypes)
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
