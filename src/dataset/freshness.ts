/**
 * How fresh a site's status is at the day the atlas shows. A status whose site was last checked
 * against reporting six months or more before that day "may be out of date": the atlas promises
 * figures true as of the date it shows, and half a year is long enough for a datacenter to open,
 * slip or grow without the dataset knowing. Pure: ISO days in, a verdict out.
 */
import { daysInMonth } from '../lib/date-value';

/** Six calendar months, not 182 days: a reader counts "checked in June, now it is December". */
export const STALE_AFTER_MONTHS = 6;

export type Freshness = 'unknown' | 'fresh' | 'stale';

/**
 * The same day `months` calendar months later; a day the target month lacks falls back to that
 * month's last day (31 August + 6 months = 28 or 29 February), so the result never spills over
 * into the month after.
 */
export function addMonths(isoDay: string, months: number): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first day on which a status checked on `lastChecked` reads "may be out of date". */
export function staleFrom(lastChecked: string): string {
  return addMonths(lastChecked, STALE_AFTER_MONTHS);
}

/**
 * `shown` is the day the atlas shows (the time cursor, or today). A site never checked reads
 * `unknown` (no claim either way); a cursor before the check reads `fresh`: what was known then
 * has been checked since.
 */
export function freshnessAt(lastChecked: string | undefined | null, shown: string): Freshness {
  if (!lastChecked) return 'unknown';
  return shown >= staleFrom(lastChecked) ? 'stale' : 'fresh';
}
