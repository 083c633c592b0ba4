/**
 * The model rule for forecasts whose time has passed. A forecast (a status or an event the sources
 * announce for the future) is `overdue` once the time cursor's date is after the last day of its
 * window and no report known at the cursor says it happened; before that it is `pending`. Once a
 * report is known, a status forecast is `came-later` (the report dates it after the window),
 * `on-time` (within it) or `reported` (the report's own dates straddle the window's end), shown beside that report rather than dropped: a reader sees both what was announced
 * and what happened. Pure: dates are ISO strings (YYYY, YYYY-MM or YYYY-MM-DD; a partial cursor is
 * read as its last day).
 */
import { isKnownBy, lastDayOf } from '../lib/date-value';
import type { AtlasEvent, DateValue, Site, SiteStatus, StatusChange } from './schema';
import { siteStatuses } from './vocabulary';

export type ForecastState = 'not-forecast' | 'pending' | 'overdue';

/** The last day of a date's window: its end when it has one, else its start, read whole. */
export function windowEnd(date: DateValue): string {
  return lastDayOf(date.end ?? date.start);
}

export function forecastState(
  item: { readonly forecast?: boolean | undefined; readonly date: DateValue },
  cursor: string,
  reached = false,
): ForecastState {
  if (item.forecast !== true) return 'not-forecast';
  if (reached) return 'not-forecast';
  return windowEnd(item.date) < lastDayOf(cursor) ? 'overdue' : 'pending';
}

export type StatusForecastOutcome =
  | { readonly state: 'not-forecast' | 'pending' | 'overdue' }
  | { readonly state: 'came-later' | 'on-time' | 'reported'; readonly report: StatusChange };

const rank = (status: SiteStatus) => siteStatuses.indexOf(status);

/**
 * The earliest report known at the cursor that the forecast happened: a change that is not itself
 * a forecast, with the forecast's status or a later one (a site reported operational has been
 * built), dated on or before the cursor (the same reading as the site's status on the map).
 */
export function reportOf(
  site: Pick<Site, 'statusHistory'>,
  change: StatusChange,
  cursor: string,
): StatusChange | null {
  let report: StatusChange | null = null;
  for (const other of site.statusHistory) {
    if (other === change || other.forecast === true || rank(other.status) < rank(change.status)) continue;
    if (!isKnownBy(other.date, cursor)) continue;
    if (report === null || other.date.start < report.date.start) report = other;
  }
  return report;
}

/** What became of one forecast status of a site, at the cursor. */
export function statusForecastOutcome(
  site: Pick<Site, 'statusHistory'>,
  change: StatusChange,
  cursor: string,
): StatusForecastOutcome {
  if (change.forecast !== true) return { state: 'not-forecast' };
  const report = reportOf(site, change, cursor);
  if (report === null) return { state: forecastState(change, cursor) as 'pending' | 'overdue' };
  // Called late only when the report's earliest day is after the window, on time only when its
  // last day is within it; a report whose own window straddles the forecast's end (an opening
  // reported between autumn 2025 and June 2026) is neither, and is shown as reported, date uncertain.
  const end = windowEnd(change.date);
  if (report.date.start > end) return { state: 'came-later', report };
  return { state: windowEnd(report.date) <= end ? 'on-time' : 'reported', report };
}

/** The forecasts of a site that are overdue at the cursor (e.g. an opening expected in 2025, not reported). */
export function overdueStatusChanges(
  site: Pick<Site, 'statusHistory'>,
  cursor: string,
): readonly StatusChange[] {
  return site.statusHistory.filter(
    (change) => statusForecastOutcome(site, change, cursor).state === 'overdue',
  );
}

/** Forecast events overdue at the cursor. */
export function overdueEvents(events: readonly AtlasEvent[], cursor: string): readonly AtlasEvent[] {
  return events.filter((event) => forecastState(event, cursor) === 'overdue');
}
