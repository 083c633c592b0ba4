/** When a site became public: a dataset rule, read from its status history. */
import { dateSpan } from '../lib/date-value';
import type { DateValue, Site } from './schema';

/** The earliest status change of a site (the first in the list wins a tie). */
export function announcedDate(site: Pick<Site, 'statusHistory'>): DateValue {
  const [first, ...rest] = site.statusHistory;
  if (!first) throw new RangeError('a site has at least one status change');
  let earliest = first.date;
  let earliestMs = dateSpan(earliest).startMs;
  for (const change of rest) {
    const ms = dateSpan(change.date).startMs;
    if (ms < earliestMs) {
      earliest = change.date;
      earliestMs = ms;
    }
  }
  return earliest;
}
