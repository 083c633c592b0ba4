/** The facts behind the timeline's one-sentence summary; the panel words them in either language. */
import { toIsoDay } from '../../lib/date-value';
import type { TimelineModel } from './timeline-model';

export interface TimelineSummary {
  count: number;
  /** ISO days of the first start and the last start; null when there is no event. */
  first: string | null;
  last: string | null;
  inferred: number;
  contested: number;
  /** Events started by the cursor (all of them when there is no cursor). */
  known: number;
}

export function timelineSummary(model: Pick<TimelineModel, 'lanes'>): TimelineSummary {
  const items = model.lanes.flatMap((lane) => lane.items);
  const starts = items.map((item) => item.startMs);
  return {
    count: items.length,
    first: starts.length === 0 ? null : toIsoDay(Math.min(...starts)),
    last: starts.length === 0 ? null : toIsoDay(Math.max(...starts)),
    inferred: items.filter((item) => item.certainty === 'inferred').length,
    contested: items.filter((item) => item.certainty === 'contested').length,
    known: items.filter((item) => item.known).length,
  };
}
