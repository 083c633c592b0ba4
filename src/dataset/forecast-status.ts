/**
 * The model rule for forecasts whose time has passed. A forecast (a status or an event the sources
 * announce for the future) is `overdue` once the time cursor's date is after the last day of its
 * window and no report known at the cursor says it happened; before that it is `pending`. Once a
 * report is known, a status forecast is `came-later` (the report dates it after the window),
 * `on-time` (within it) or `reported` (the report's own dates straddle the window's end), shown beside that report rather than dropped: a reader sees both what was announced
 * and what happened. A forecast event that names the status it announces follows the same rule. Pure: dates are ISO strings (YYYY, YYYY-MM or YYYY-MM-DD; a partial cursor is
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

/** What the rule reads of a status change: a status, its date, and whether it is a forecast. */
type ForecastStatus = Pick<StatusChange, 'status' | 'date' | 'forecast'>;

/**
 * The earliest report known at the cursor that the forecast happened: a change that is not itself
 * a forecast, with the forecast's status or a later one (a site reported operational has been
 * built), dated on or before the cursor (the same reading as the site's status on the map).
 */
export function reportOf(
  site: Pick<Site, 'statusHistory'>,
  change: ForecastStatus,
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
  change: ForecastStatus,
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

/** What the rule reads of an event. */
export type ForecastEvent = Pick<AtlasEvent, 'date' | 'forecast' | 'forecastStatus'>;

/**
 * What became of a forecast event at the cursor. An event that announces a status of its site (the
 * Essonne opening announces `operational`) is judged by that site's reports exactly as the status
 * forecast is: overdue only while no report is known, then came later, on time or reported beside
 * the report. Any other forecast (a capacity to double) has no report to wait for: pending, then
 * overdue.
 */
export function eventForecastOutcome(
  event: ForecastEvent,
  site: Pick<Site, 'statusHistory'> | undefined,
  cursor: string,
): StatusForecastOutcome {
  if (event.forecast !== true) return { state: 'not-forecast' };
  if (event.forecastStatus === undefined || site === undefined)
    return { state: forecastState(event, cursor) as 'pending' | 'overdue' };
  return statusForecastOutcome(
    site,
    { status: event.forecastStatus, date: event.date, forecast: true },
    cursor,
  );
}

/** Forecast events overdue at the cursor, each judged with its site's reports. */
export function overdueEvents(
  events: readonly AtlasEvent[],
  sitesById: ReadonlyMap<string, Pick<Site, 'statusHistory'>>,
  cursor: string,
): readonly AtlasEvent[] {
  return events.filter(
    (event) =>
      eventForecastOutcome(event, event.site === undefined ? undefined : sitesById.get(event.site), cursor)
        .state === 'overdue',
  );
}
