/**
 * The URL codec: the only translation between a query string and UrlState.
 * Every parameter is valid (used), invalid (ignored, reported in `problems`) or missing
 * (default). Nothing here throws, whatever the input. OWID's GrapherUrl.ts is the model.
 */
import { GROUPINGS, PANEL_IDS, SCALES, TABLE_PANELS, THEMES } from '../store/ui-vocabulary';
import type { PanelId, TablePanel } from '../store/ui-vocabulary';
import type { UrlState } from './url-state';
import { DEFAULT_URL_STATE, VIEW_LIMITS, normalizeView } from './url-state';
import { isCalendarDate, isSiteId, parseDataUrl, parseOrigin } from './url-validators';

export interface UrlProblem {
  param: string;
  /** The offending value, clipped so a hostile URL cannot flood the console. */
  value: string;
  reason: string;
}

export interface ParsedUrlState {
  value: UrlState;
  problems: UrlProblem[];
  /** Parameters that are not ours (utm_*, a host's own): left alone, listed for debugging only. */
  unknownParams: string[];
}

/** Our parameters, in the order serializeUrlState writes them. */
export const URL_PARAM_ORDER = [
  'site',
  'date',
  'lang',
  'theme',
  'panels',
  'group',
  'scale',
  'table',
  'view',
  'present',
  'data',
  'embed',
  'origin',
] as const satisfies readonly (keyof UrlState)[];

type ParamName = (typeof URL_PARAM_ORDER)[number];
type Result<T> = { ok: true; value: T } | { ok: false; reason: string };
type Parsers = { [K in ParamName]: (raw: string, knownSiteIds?: ReadonlySet<string>) => Result<UrlState[K]> };

const OUR_PARAMS: ReadonlySet<string> = new Set(URL_PARAM_ORDER);
const MAX_PROBLEM_VALUE = 80;
/**
 * A hostile link (or a host page's own parameters) cannot make parsing slow: past these caps the
 * rest of the query is ignored, with one problem saying so. Ours are 10 short parameters.
 */
export const MAX_SEARCH_LENGTH = 8_192;
export const MAX_PARAMS = 100;
const DECIMAL = /^-?\d{1,3}(?:\.\d{1,12})?$/;

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const bad = (reason: string): Result<never> => ({ ok: false, reason });

const PARSERS: Parsers = {
  site: (raw, known) => {
    if (!isSiteId(raw)) return bad('expected a kebab-case site id');
    if (known && !known.has(raw)) return bad('no site has this id');
    return ok(raw);
  },
  date: (raw) => (isCalendarDate(raw) ? ok(raw) : bad('expected a real calendar date YYYY-MM-DD')),
  lang: (raw) => {
    if (raw === 'fr' || raw === 'en') return ok(raw);
    return raw === 'auto' ? ok(null) : bad('expected fr, en or auto');
  },
  theme: (raw) => {
    const theme = THEMES.find((t) => t === raw);
    return theme ? ok(theme) : bad('expected light, dark or auto');
  },
  panels: (raw) => {
    const panels: PanelId[] = [];
    for (const part of raw.split(',')) {
      const panel = PANEL_IDS.find((p) => p === part);
      if (!panel) return bad(`expected a comma-separated list of ${PANEL_IDS.join(', ')}`);
      if (panels.includes(panel)) return bad(`${panel} is listed twice`);
      panels.push(panel);
    }
    return ok(panels);
  },
  group: (raw) => oneOf(GROUPINGS, raw),
  scale: (raw) => oneOf(SCALES, raw),
  table: (raw) => {
    const parts = raw.split(',');
    if (!parts.every((part) => TABLE_PANELS.some((p) => p === part)))
      return bad(`expected a comma-separated list of ${TABLE_PANELS.join(', ')}`);
    return ok(TABLE_PANELS.filter((p) => parts.includes(p)));
  },
  view: (raw) => {
    const parts = raw.split(',');
    if (parts.length !== 3 || !parts.every((p) => DECIMAL.test(p)))
      return bad('expected lat,lon,zoom as decimals');
    const [lat, lon, zoom] = parts.map(Number) as [number, number, number];
    for (const [name, v] of [
      ['lat', lat],
      ['lon', lon],
      ['zoom', zoom],
    ] as const) {
      const { min, max } = VIEW_LIMITS[name];
      if (v < min || v > max) return bad(`${name} must be between ${min} and ${max}`);
    }
    return ok(normalizeView({ lat, lon, zoom }));
  },
  present: (raw) => (/^[1-9]\d{0,5}$/.test(raw) ? ok(Number(raw)) : bad('expected a step number from 1')),
  embed: (raw) => {
    if (raw === '1' || raw === 'true') return ok(true);
    return raw === '0' || raw === 'false' ? ok(false) : bad('expected 1 or 0');
  },
  origin: (raw) => {
    const origin = parseOrigin(raw);
    return origin ? ok(origin) : bad('expected an http(s) origin such as https://example.org');
  },
  data: (raw) => {
    const url = parseDataUrl(raw);
    return url ? ok(url) : bad('expected an http(s) URL or a path on this site, such as data/my-atlas.json');
  },
};

function oneOf<T extends string>(values: readonly T[], raw: string): Result<T> {
  const value = values.find((v) => v === raw);
  return value ? ok(value) : bad(`expected ${values.join(' or ')}`);
}

function defaults(): UrlState {
  return { ...DEFAULT_URL_STATE, panels: [...DEFAULT_URL_STATE.panels], table: [] };
}

function applyParam<K extends ParamName>(state: UrlState, name: K, raw: string, known?: ReadonlySet<string>) {
  const result = PARSERS[name](raw, known);
  if (result.ok) state[name] = result.value;
  return result;
}

/** Reads a query string (with or without its '?'). Duplicate parameters: the first one wins. */
export function parseUrlState(search: string, knownSiteIds?: ReadonlySet<string>): ParsedUrlState {
  const value = defaults();
  const problems: UrlProblem[] = [];
  const unknownParams: string[] = [];
  try {
    if (typeof search !== 'string') throw new TypeError('not a string');
    const seen = new Set<string>();
    const unknown = new Set<string>();
    let read = search;
    if (read.length > MAX_SEARCH_LENGTH) {
      read = read.slice(0, Math.max(0, read.lastIndexOf('&', MAX_SEARCH_LENGTH)));
      problems.push({
        param: '?',
        value: '',
        reason: `query longer than ${MAX_SEARCH_LENGTH} characters: the rest is ignored`,
      });
    }
    let count = 0;
    for (const [name, raw] of new URLSearchParams(read)) {
      const problem = (reason: string) => problems.push({ param: name, value: clip(raw), reason });
      if (++count > MAX_PARAMS) {
        problems.push({
          param: '?',
          value: '',
          reason: `more than ${MAX_PARAMS} parameters: the rest is ignored`,
        });
        break;
      }
      if (!OUR_PARAMS.has(name)) {
        if (!unknown.has(name)) {
          unknown.add(name);
          unknownParams.push(name);
        }
      } else if (seen.has(name)) {
        problem('repeated parameter: the first one is used');
      } else {
        seen.add(name);
        const result = applyParam(value, name as ParamName, raw, knownSiteIds);
        if (!result.ok) problem(result.reason);
      }
    }
  } catch {
    // Only a non-string smuggled past the types gets here; fall back to the defaults.
    return {
      value: defaults(),
      problems: [{ param: '?', value: '', reason: 'unreadable query string' }],
      unknownParams,
    };
  }
  return { value, problems, unknownParams };
}

/** Our parameters that differ from the defaults, in URL_PARAM_ORDER, already encoded. */
function encodedPairs(state: UrlState): string[] {
  const view = state.view && normalizeView(state.view);
  const written: Record<ParamName, string | null> = {
    site: state.site,
    date: state.date,
    lang: state.lang,
    theme: state.theme === DEFAULT_URL_STATE.theme ? null : state.theme,
    panels: state.panels.length === 0 || sameList(state.panels, PANEL_IDS) ? null : state.panels.join(','),
    group: state.group === DEFAULT_URL_STATE.group ? null : state.group,
    scale: state.scale === DEFAULT_URL_STATE.scale ? null : state.scale,
    table: tableParam(state.table),
    view: view && `${view.lat},${view.lon},${view.zoom}`,
    present:
      state.present !== null && Number.isSafeInteger(state.present) && state.present >= 1
        ? String(state.present)
        : null,
    embed: state.embed ? '1' : null,
    origin: state.origin,
    data: state.data,
  };
  return URL_PARAM_ORDER.flatMap((name) => {
    const v = written[name];
    return v === null ? [] : [`${name}=${encodeValue(v)}`];
  });
}

/** `?site=…&date=…` with only non-default values, or '' when everything is default. */
export function serializeUrlState(state: UrlState): string {
  const pairs = encodedPairs(state);
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** Equality as the URL sees it (views compared after normalisation). */
export function sameUrlState(a: UrlState, b: UrlState): boolean {
  return serializeUrlState(a) === serializeUrlState(b);
}

/**
 * Rewrites our parameters in `currentSearch` and keeps everyone else's (utm_*, a host's own)
 * byte for byte, in their order, after ours. The result never passes MAX_SEARCH_LENGTH: what lies
 * past it (which the parser ignores anyway) is dropped at the first rewrite, so a 750 KB link is
 * walked once, not on every selection; whole foreign parameters are dropped, never cut in two.
 */
export function mergeSearch(currentSearch: string, state: UrlState): string {
  const ours = encodedPairs(state);
  let length = ours.join('&').length;
  const all = [...ours];
  const query = currentSearch.replace(/^\?/, '');
  const segments = query.slice(0, MAX_SEARCH_LENGTH + 1).split('&');
  if (query.length > MAX_SEARCH_LENGTH + 1) segments.pop(); // cut in two by the slice
  for (const segment of segments) {
    if (segment === '' || OUR_PARAMS.has(keyOf(segment))) continue;
    length += segment.length + 1;
    if (length > MAX_SEARCH_LENGTH - 1) break; // the '?' counts too
    all.push(segment);
  }
  return all.length ? `?${all.join('&')}` : '';
}

/** One console warning per ignored parameter, naming it (the "invalid: ignored, with a warning"). */
export function warnUrlProblems(
  problems: readonly UrlProblem[],
  output: Pick<Console, 'warn'> = console,
): void {
  for (const { param, value, reason } of problems) {
    output.warn(`Compute Atlas: ignored URL parameter ${param}=${JSON.stringify(value)}: ${reason}`);
  }
}

function keyOf(segment: string): string {
  const eq = segment.indexOf('=');
  const raw = (eq < 0 ? segment : segment.slice(0, eq)).replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** encodeURIComponent, but keeps `,` `:` `/` readable: they are legal in a query (RFC 3986). */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}

/** Written in TABLE_PANELS order whatever the state's order, so equal states give equal URLs. */
function tableParam(table: readonly TablePanel[]): string | null {
  const listed = TABLE_PANELS.filter((p) => table.includes(p));
  return listed.length ? listed.join(',') : null;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function clip(value: string): string {
  return value.length > MAX_PROBLEM_VALUE ? `${value.slice(0, MAX_PROBLEM_VALUE)}…` : value;
}
