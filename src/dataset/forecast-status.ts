/**
 * The model rule for forecasts whose time has passed. A forecast (a status or an event the sources
 * announce for the future) is `overdue` once the time cursor's date is after the last day of its
 * window and no source reports it as reached; before that it is `pending`. Pure: dates are ISO
 * strings (YYYY, YYYY-MM or YYYY-MM-DD; a partial cursor is read as its last day).
 */
import { lastDayOf } from '../lib/date-value';
import type { AtlasEvent, DateValue, Site, StatusChange } from './schema';

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

/** A site's forecast status changes still open at the cursor: reached when a non-forecast change with that status is known. */
function reachedBy(site: Pick<Site, 'statusHistory'>, change: StatusChange, cursor: string): boolean {
  return site.statusHistory.some(
    (other) =>
      other !== change &&
      other.forecast !== true &&
      other.status === change.status &&
      other.date.start <= lastDayOf(cursor),
  );
}

/** The forecasts of a site that are overdue at the cursor (e.g. an opening expected in 2025, not reported). */
export function overdueStatusChanges(
  site: Pick<Site, 'statusHistory'>,
  cursor: string,
): readonly StatusChange[] {
  return site.statusHistory.filter(
    (change) => forecastState(change, cursor, reachedBy(site, change, cursor)) === 'overdue',
  );
}

/** Forecast events overdue at the cursor. */
export function overdueEvents(events: readonly AtlasEvent[], cursor: string): readonly AtlasEvent[] {
  return events.filter((event) => forecastState(event, cursor) === 'overdue');
}
