/** The facts behind the timeline's one-sentence summary; the panel words them in either language. */
import { firstIndexAbove } from '../../lib/sorted';
import { toIsoDay } from '../../lib/date-value';
import type { TimelineBase } from './timeline-model';

export interface TimelineSummary {
  count: number;
  /** ISO days of the first start and the last start; null when there is no event. */
  first: string | null;
  last: string | null;
  inferred: number;
  contested: number;
}

/** What the summary says whatever the cursor: computed once per dataset. */
export function timelineSummary(base: Pick<TimelineBase, 'lanes' | 'starts'>): TimelineSummary {
  const items = base.lanes.flatMap((lane) => lane.items);
  const { starts } = base;
  return {
    count: items.length,
    first: starts.length === 0 ? null : toIsoDay(starts[0]!),
    last: starts.length === 0 ? null : toIsoDay(starts[starts.length - 1]!),
    inferred: items.filter((item) => item.certainty === 'inferred').length,
    contested: items.filter((item) => item.certainty === 'contested').length,
  };
}

/** Events started by the cursor's last day (`cursorMs`), all of them without a cursor. */
export function knownCount(base: Pick<TimelineBase, 'starts'>, cursorMs: number | null): number {
  const { starts } = base;
  if (cursorMs === null) return starts.length;
  // The first start after the cursor: everything before it is known.
  return firstIndexAbove(starts, cursorMs);
}
