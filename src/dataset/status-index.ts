/**
 * Every site's status changes, sorted by the day each becomes known, so that a cursor
 * move works out again only the sites whose status may differ between the two cursors (a step of
 * the slider touches a handful of the 10,000). Forecasts never become a status: they are left out.
 */
import { dateSpan } from '../lib/date-value';
import { firstIndexAbove } from '../lib/sorted';
import type { Site } from './schema';

interface StatusIndex {
  /** Ascending: the first millisecond at which each change is known (its date's start). */
  knownFromMs: Float64Array;
  sites: readonly Site[];
}

const indexes = new WeakMap<readonly Site[], StatusIndex>();

function statusIndex(sites: readonly Site[]): StatusIndex {
  let index = indexes.get(sites);
  if (index) return index;
  const entries = sites
    .flatMap((site) =>
      site.statusHistory
        .filter((change) => !change.forecast)
        .map((change) => ({ ms: dateSpan(change.date).startMs, site })),
    )
    .sort((a, b) => a.ms - b.ms);
  index = { knownFromMs: Float64Array.from(entries, (e) => e.ms), sites: entries.map((e) => e.site) };
  indexes.set(sites, index);
  return index;
}

/**
 * The sites with a change known at one cursor and not at the other (cursors as the last
 * millisecond they cover, as isKnownByMs takes them): the only ones whose status can differ.
 */
export function sitesChangedBetween(sites: readonly Site[], fromMs: number, toMs: number): Set<Site> {
  const index = statusIndex(sites);
  const changed = new Set<Site>();
  const end = firstIndexAbove(index.knownFromMs, Math.max(fromMs, toMs));
  for (let i = firstIndexAbove(index.knownFromMs, Math.min(fromMs, toMs)); i < end; i++)
    changed.add(index.sites[i]!);
  return changed;
}
