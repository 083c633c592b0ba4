/**
 * Layout decisions for the timeline that need no React: one row per event under its lane's header
 * (a Gantt-like list, so labels never collide however close the dates), year ticks, which side of
 * its mark a label goes, and what clicking or hovering an event points at.
 */
import { cutAtWord, estimateTextWidth } from '../../lib/text-measure';
import { DAY_MS, yearStarts, type Span } from '../../lib/date-value';
import type { EventLane } from '../../dataset/schema';
import type { TimelineItem, TimelineModel } from './timeline-model';

export type TimelineRow =
  | { key: string; kind: 'lane'; lane: EventLane; first: boolean }
  | { key: string; kind: 'item'; item: TimelineItem };

/** Empty lanes are left out: a header over nothing says nothing. */
export function timelineRows(model: Pick<TimelineModel, 'lanes'>): TimelineRow[] {
  const lanes = model.lanes.filter((lane) => lane.items.length > 0);
  return lanes.flatMap((lane, index): TimelineRow[] => [
    { key: `lane:${lane.lane}`, kind: 'lane', lane: lane.lane, first: index === 0 },
    ...lane.items.map((item): TimelineRow => ({ key: item.id, kind: 'item', item })),
  ]);
}

/** 1 January of every year inside the domain. */
export const yearTicks = (domain: Span): number[] => yearStarts(domain);

/** The exclusive right edge of an inclusive span of days, so a one-day bar is one day wide. */
export const spanEndMs = (item: Pick<TimelineItem, 'endMs'>) => item.endMs + DAY_MS;

/** A label goes right of its mark when it fits before the plot's right edge, else left of it. */
export function labelSide(markRight: number, textWidth: number, plotRight: number): 'right' | 'left' {
  return markRight + textWidth <= plotRight ? 'right' : 'left';
}

/**
 * Where a label goes and how much of it: whole on the right if it fits, else whole on the left if
 * it fits there, else cut with '…' on the roomier side (the full title stays in the accessible name).
 */
export function placeLabel(
  text: string,
  room: { right: number; left: number },
  widthOf: (text: string) => number = estimateTextWidth,
): { side: 'right' | 'left'; text: string } {
  if (widthOf(text) <= room.right) return { side: 'right', text };
  if (widthOf(text) <= room.left) return { side: 'left', text };
  const side = room.right >= room.left ? 'right' : 'left';
  const space = Math.max(room[side], 0);
  let keep = text.length;
  while (keep > 1 && widthOf(`${text.slice(0, keep)}…`) > space) keep -= 1;
  return { side, text: `${cutAtWord(text, keep)}…` };
}

/** Clicking an event selects its site, else its pledge, else the event itself. */
export const targetOf = (item: Pick<TimelineItem, 'id' | 'siteId' | 'investmentId'>) =>
  item.siteId ?? item.investmentId ?? item.id;
