/**
 * At scale (10,000 sites) one row per event reads well for dozens of events, not for 50,000 (an
 * SVG a million pixels tall that takes a minute to draw, and as long again at each cursor step).
 * Above a row limit the chart draws a window: the selection's events first, then the events
 * nearest the time cursor (today when there is none), so the window follows the cursor as it
 * plays. The panel says how many of how many it draws; the table view lists every event. Pure.
 *
 * Only the drawn items are given the state's flags (timelineModelFor's `keep`), and the nearest
 * are found by a selection (quickselect) rather than a sort of every event, so a cursor step costs
 * a pass over the events, not a model of all of them.
 */
import quickselect from 'quickselect';
import {
  inSelection,
  timelineModelFor,
  type TimelineBase,
  type TimelineFocus,
  type TimelineItemBase,
  type TimelineModel,
} from './timeline-model';

export const TIMELINE_ROW_LIMIT = 120;

export interface TimelineWindow {
  model: TimelineModel;
  shown: number;
  total: number;
}

/** How far (ms) an item's span lies from `ms`: 0 when it covers it. */
const distanceTo = (ms: number, item: TimelineItemBase) =>
  item.endMs < ms ? ms - item.endMs : item.startMs > ms ? item.startMs - ms : 0;

/**
 * The `count` items nearest `ms`, nearest first; ties go to the earlier, then to the id, so the
 * window is the same for the same state.
 */
export function nearestItems(
  items: readonly TimelineItemBase[],
  ms: number,
  count: number,
): TimelineItemBase[] {
  if (count <= 0) return [];
  let candidates = items;
  if (items.length > count) {
    // One typed array of distances, selected in place on a copy: no object per event.
    const distances = Float64Array.from(items, (item) => distanceTo(ms, item));
    const sorted = distances.slice();
    // quickselect only indexes and swaps: a typed array works, though its types ask for an array.
    quickselect(sorted as unknown as number[], count - 1);
    const threshold = sorted[count - 1]!;
    const near: TimelineItemBase[] = [];
    for (let i = 0; i < items.length; i++) if (distances[i]! <= threshold) near.push(items[i]!);
    candidates = near;
  }
  return candidates
    .map((item) => ({ item, distance: distanceTo(ms, item) }))
    .sort(
      (a, b) =>
        a.distance - b.distance || a.item.startMs - b.item.startMs || a.item.id.localeCompare(b.item.id),
    )
    .slice(0, count)
    .map(({ item }) => item);
}

// Every event of a timeline in lane order, gathered once per dataset.
const allItems = new WeakMap<TimelineBase, readonly TimelineItemBase[]>();
function itemsOf(base: TimelineBase): readonly TimelineItemBase[] {
  let items = allItems.get(base);
  if (!items) allItems.set(base, (items = base.lanes.flatMap((lane) => lane.items)));
  return items;
}

export function windowTimeline(
  base: TimelineBase,
  focus: TimelineFocus,
  limit = TIMELINE_ROW_LIMIT,
): TimelineWindow {
  const items = itemsOf(base);
  if (items.length <= limit) {
    return { model: timelineModelFor(base, focus), shown: items.length, total: items.length };
  }
  const ms = focus.cursorMs ?? base.todayMs;
  // Ranked by the selection (never by hover, so pointing at a site does not reshuffle the rows),
  // then nearness.
  const selected: TimelineItemBase[] = [];
  let others = items;
  if (focus.state.selectedId !== null) {
    const rest: TimelineItemBase[] = [];
    for (const item of items) (inSelection(item, focus) ? selected : rest).push(item);
    others = rest;
  }
  const kept = new Set(nearestItems(selected, ms, limit));
  for (const item of nearestItems(others, ms, limit - kept.size)) kept.add(item);
  const model = timelineModelFor(base, focus, (item) => kept.has(item));
  return { model, shown: kept.size, total: items.length };
}
