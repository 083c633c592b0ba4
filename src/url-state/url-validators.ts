/**
 * Validators for single values that reach the app from outside (URL parameters, postMessage).
 * Shared by url-codec.ts and features/embed so both doors check the same things.
 */
import { daysInMonth } from '../lib/date-value';

/** Same rule as dataset/schema.ts `idSchema`, kept here so the codec stays free of zod. */
const SITE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SITE_ID_LENGTH = 64;

export function isSiteId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_SITE_ID_LENGTH && SITE_ID.test(value);
}

/** `YYYY-MM-DD` naming a day that exists in the (proleptic) Gregorian calendar, year 0001 to 9999. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export const MAX_DATA_URL_LENGTH = 2_000;
const PROBE_BASE = 'https://atlas.invalid/app/';

/**
 * A `data=` value the atlas may fetch: an absolute http(s) URL without credentials, or
 * a relative path that stays on the atlas's own origin. `javascript:`, `data:`, `blob:`, `file:`,
 * protocol-relative `//host` and backslash tricks (`/\host`) are refused, as are white space and
 * control characters. Returned as written (relative paths resolve against the page), or null.
 */
export function parseDataUrl(value: string): string | null {
  if (value.length === 0 || value.length > MAX_DATA_URL_LENGTH) return null;
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\s\\\u0000-\u001F\u007F]/.test(value)) return null;
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(value);
  let url: URL;
  try {
    // An absolute value is parsed on its own: against an https base, `https:user:pw@host/x`
    // reads as a relative path, while a page served over http resolves it to credentials.
    url = absolute ? new URL(value) : new URL(value, PROBE_BASE);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  if (!absolute && url.origin !== new URL(PROBE_BASE).origin) return null;
  return value;
}

/**
 * The canonical origin (`https://host[:port]`, as `MessageEvent.origin` spells it) of an
 * http(s) URL that names nothing but an origin, or null. A trailing slash and upper case are
 * forgiven; a path, query, fragment or credentials are not: they suggest a misunderstanding.
 */
export function parseOrigin(value: string): string | null {
  if (value.length > 200) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') return null;
  if (/[?#]/.test(value)) return null; // a bare '?' or '#' leaves url.search / url.hash empty
  return url.origin;
}
