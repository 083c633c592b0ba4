/**
 * Datasets for `?data=` journeys, built from the real atlas so they pass or fail for
 * exactly the reason a test names. Served by page.route, never written under public/ (a custom
 * dataset must never be precached).
 */
import { readFileSync } from 'node:fs';

type Json = Record<string, unknown>;

export function realAtlas(): Json {
  return JSON.parse(readFileSync(new URL('../../data/atlas.json', import.meta.url), 'utf8')) as Json;
}

export const CUSTOM_OUTLETS = ['Le Journal Témoin', 'Data Weekly'];

/** A valid dataset with other outlets and version, so the footer can be told from the default. */
export function validCustom(): Json {
  const atlas = realAtlas();
  atlas.version = '9.9.9';
  // A newsroom's own file keeps its own changelog, whose newest entry is its version.
  const changelog = (atlas.changelog as Json[] | undefined) ?? [];
  if (changelog[0]) changelog[0] = { ...changelog[0], version: '9.9.9' };
  const sources = atlas.sources as Json[];
  sources.forEach((source, index) => {
    source.outlet = CUSTOM_OUTLETS[index % CUSTOM_OUTLETS.length];
  });
  return atlas;
}

/** Two schema problems a newsroom would make: a text latitude and a missing field. */
export function brokenCustom(): Json {
  const atlas = realAtlas();
  const sites = atlas.sites as Json[];
  (sites[0]!.location as Json).lat = 'north';
  delete sites[1]!.operator;
  return atlas;
}

/** What the payloads would do if any ran: set a flag, open a dialog. */
export const PAYLOAD =
  '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=1;alert(1)</script><svg onload="window.__pwned=1">';

const FREE_TEXT = new Set([
  'operator',
  'place',
  'region',
  'title',
  'outlet',
  'publisher',
  'investor',
  'target',
  'name',
  'quote',
  'text',
]);

/** Walks every object, calling `visit` on each; the real atlas has no cycles. */
function eachObject(value: unknown, visit: (object: Json) => void) {
  if (Array.isArray(value)) value.forEach((v) => eachObject(v, visit));
  else if (value && typeof value === 'object') {
    visit(value as Json);
    Object.values(value).forEach((v) => eachObject(v, visit));
  }
}

/** Markup in every free text (names, summaries, quotes, notes): valid, so it must render as inert text. */
export function hostileInert(): Json {
  const atlas = realAtlas();
  eachObject(atlas, (object) => {
    for (const [key, value] of Object.entries(object)) {
      const localized = key === 'fr' || key === 'en';
      if (typeof value === 'string' && (localized || FREE_TEXT.has(key))) object[key] = `${PAYLOAD} ${value}`;
    }
  });
  return atlas;
}

/** Direction overrides in every localized text, javascript: links, an enormous string: refused. */
export function hostileRefused(): Json {
  const atlas = hostileInert();
  eachObject(atlas, (object) => {
    for (const key of ['fr', 'en']) {
      if (typeof object[key] === 'string') object[key] = `\u202E${String(object[key])}\u2066`;
    }
    if (typeof object.url === 'string') object.url = 'javascript:window.__pwned=1;alert(1)';
  });
  const sites = atlas.sites as Json[];
  sites[0]!.operator = `${PAYLOAD}${'A'.repeat(200_000)}`;
  return atlas;
}
