/**
 * Issue 16 (10,000 sites): one row per event reads well for dozens of events, not for 50,000 (an
 * SVG a million pixels tall that takes a minute to draw, and as long again at each cursor step).
 * Above a row limit the chart draws a window: the selection's events first, then the events
 * nearest the time cursor (today when there is none), so the window follows the cursor as it
 * plays. The panel says how many of how many it draws; the table view lists every event. Pure.
 */
import { legendOf, type TimelineItem, type TimelineModel } from './timeline-model';

export const TIMELINE_ROW_LIMIT = 120;

export interface TimelineWindow {
  model: TimelineModel;
  shown: number;
  total: number;
}

/** How far (ms) an item's span lies from `ms`: 0 when it covers it. */
const distanceTo = (ms: number) => (item: TimelineItem) =>
  item.endMs < ms ? ms - item.endMs : item.startMs > ms ? item.startMs - ms : 0;

export function windowTimeline(model: TimelineModel, limit = TIMELINE_ROW_LIMIT): TimelineWindow {
  const items = model.lanes.flatMap((lane) => lane.items);
  if (items.length <= limit) return { model, shown: items.length, total: items.length };
  const distance = distanceTo(model.cursor?.ms ?? model.today.ms);
  // With a selection, every event outside it is dimmed: the undimmed ones are the selection's.
  const selection = items.some((item) => item.dimmed);
  const inSelection = (item: TimelineItem) => item.selected || (selection && !item.dimmed);
  // Ranked by the selection (never by hover, so pointing at a site does not reshuffle the rows),
  // then nearness, then time; the id breaks ties so the window is the same for the same state.
  const ranked = items
    .map((item) => ({ item, selected: inSelection(item) ? 0 : 1, distance: distance(item) }))
    .sort(
      (a, b) =>
        a.selected - b.selected ||
        a.distance - b.distance ||
        a.item.startMs - b.item.startMs ||
        a.item.id.localeCompare(b.item.id),
    );
  const kept = new Set(ranked.slice(0, limit).map(({ item }) => item));
  const lanes = model.lanes.map((lane) => ({ ...lane, items: lane.items.filter((item) => kept.has(item)) }));
  const legend = legendOf([...kept], model.today.inDomain, model.cursor !== null);
  return { model: { ...model, lanes, legend }, shown: kept.size, total: items.length };
}
