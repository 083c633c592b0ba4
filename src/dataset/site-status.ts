/** Rules on the data: a site's status at a date, what is known at the cursor. Pure, no store. */
import type { AtlasModel } from './model';
import type { Site, SiteStatus, StatusChange } from './schema';
import { isKnownByMs, isoEndMs } from '../lib/date-value';
import { sitesChangedBetween } from './status-index';
interface S {
  readonly selectedId: string | null;
  readonly hoveredId: string | null;
  /** The time cursor (YYYY-MM-DD), null = today. */
  readonly asOf: string | null;
}

export function selectSelectedSite(state: Pick<S, 'selectedId'>, model: AtlasModel): Site | null {
  return state.selectedId ? (model.sitesById.get(state.selectedId) ?? null) : null;
}

/** Today as YYYY-MM-DD: what "no cursor" means. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The latest status reached on or before the cursor (null cursor = today). Forecasts ("operational
 * in 2027") are plans, not facts: they never become the current status, whatever the date.
 */
export function statusChangeAsOf(
  site: Site,
  asOf: string | null,
  today: string = todayIso(),
): StatusChange | null {
  const cursorMs = isoEndMs(asOf ?? today);
  let current: StatusChange | null = null;
  for (const change of site.statusHistory) {
    if (!change.forecast && isKnownByMs(change.date, cursorMs)) current = change;
  }
  return current;
}

export function siteStatusAsOf(
  site: Site,
  asOf: string | null,
  today: string = todayIso(),
): SiteStatus | null {
  return statusChangeAsOf(site, asOf, today)?.status ?? null;
}

/** A site is visible once its first status is known at the cursor. */
export function isSiteKnown(site: Site, asOf: string | null, today: string = todayIso()): boolean {
  return siteStatusAsOf(site, asOf, today) !== null;
}

// At 10,000 sites the map, the list and the summary each asked every site its status at
// each cursor step. The answers for the last few cursors are kept per dataset, so that each is
// worked out once: a few, because a deferred view (store/deferred-views.ts) still shows the
// previous cursor while the slider shows the next one.
const REMEMBERED_CURSORS = 4;
interface CursorStatuses {
  today: string;
  cursorMs: number;
  changes: ReadonlyMap<Site, StatusChange | null>;
  known?: readonly Site[];
}
const statusesBySites = new WeakMap<readonly Site[], Map<string, CursorStatuses>>();

function statusesAt(sites: readonly Site[], asOf: string | null, today: string): CursorStatuses {
  let byCursor = statusesBySites.get(sites);
  if (!byCursor) statusesBySites.set(sites, (byCursor = new Map()));
  const key = `${asOf ?? today} ${today}`;
  const known = byCursor.get(key);
  if (known) return known;
  const cursorMs = isoEndMs(asOf ?? today);
  const entry = { today, cursorMs, changes: changesAt(sites, asOf, today, cursorMs, lastOf(byCursor)) };
  byCursor.set(key, entry);
  // Maps keep insertion order: the first key is the oldest.
  if (byCursor.size > REMEMBERED_CURSORS) byCursor.delete(byCursor.keys().next().value!);
  return entry;
}

function lastOf(byCursor: Map<string, CursorStatuses>): CursorStatuses | undefined {
  let last: CursorStatuses | undefined;
  for (const entry of byCursor.values()) last = entry;
  return last;
}

/** From the last cursor's answers when few sites can differ (status-index.ts), else from scratch. */
function changesAt(
  sites: readonly Site[],
  asOf: string | null,
  today: string,
  cursorMs: number,
  previous: CursorStatuses | undefined,
): ReadonlyMap<Site, StatusChange | null> {
  if (previous?.today === today) {
    const changed = sitesChangedBetween(sites, previous.cursorMs, cursorMs);
    if (changed.size <= sites.length / 4) {
      const changes = new Map(previous.changes);
      for (const site of changed) changes.set(site, statusChangeAsOf(site, asOf, today));
      return changes;
    }
  }
  return new Map(sites.map((site) => [site, statusChangeAsOf(site, asOf, today)]));
}

/** Every site's current status change at the cursor (statusChangeAsOf), computed once per cursor. */
export function statusChangesAt(
  sites: readonly Site[],
  asOf: string | null,
  today: string = todayIso(),
): ReadonlyMap<Site, StatusChange | null> {
  return statusesAt(sites, asOf, today).changes;
}

/** The sites known at the cursor (a first status on or before it), in the dataset's order. */
export function knownSitesAt(
  sites: readonly Site[],
  asOf: string | null,
  today: string = todayIso(),
): readonly Site[] {
  const entry = statusesAt(sites, asOf, today);
  entry.known ??= sites.filter((site) => entry.changes.get(site) !== null);
  return entry.known;
}

export function isActive(id: string, state: Pick<S, 'selectedId' | 'hoveredId'>): boolean {
  return state.selectedId === id || state.hoveredId === id;
}
