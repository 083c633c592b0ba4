/**
 * The timeline as plain data: every event in its lane, as a point (a stated day) or a bar (a month,
 * a year, a range, or any date that is inferred or contested), with the 'today' line, the 'as of'
 * cursor and the legend entries actually drawn. No pixels: timeline-chart.tsx only draws this.
 * "points for day-precise dates and bars for ranges and uncertain dates".
 */
import { eventLanes } from '../../dataset/vocabulary';
import type { AtlasEvent, DateValue, EventLane, Investment, LocalizedText, Site } from '../../dataset/schema';
import { DAY_MS, dateSpan, isoEndMs, isoStartMs, lastDayOf, toIsoDay, type Span } from '../../lib/date-value';
import { isDimmed, isHighlighted, relatedIds, relatedToFocus } from '../../dataset/linking';
import { eventForecastOutcome, type ForecastEvent } from '../../dataset/forecast-status';

export interface TimelineInput {
  readonly events: readonly AtlasEvent[];
  readonly sites: readonly Pick<Site, 'id' | 'statusHistory'>[];
  readonly investments: readonly Pick<Investment, 'id' | 'site' | 'partOf' | 'announced' | 'horizon'>[];
}

export interface TimelineState {
  /** The 'as of' cursor (YYYY[-MM[-DD]], read as its last day); null shows everything as known. */
  readonly asOf: string | null;
  readonly selectedId: string | null;
  readonly hoveredId: string | null;
  /** Passed in so the model stays pure (and tests do not depend on the clock). */
  readonly todayIso: string;
}

export type TimelineShape = 'point' | 'bar';

export interface TimelineItem {
  id: string;
  lane: EventLane;
  label: LocalizedText;
  shape: TimelineShape;
  /** Inclusive days (see lib/date-value): a point has startMs === endMs. */
  startMs: number;
  endMs: number;
  certainty: DateValue['certainty'];
  precision: DateValue['precision'];
  siteId?: string;
  investmentId?: string;
  /** False when the event is dated after the cursor: drawn faded, not removed. */
  known: boolean;
  selected: boolean;
  highlighted: boolean;
  /** A selection exists and this event is not part of it. */
  dimmed: boolean;
  /** Why the date is inferred or contested. */
  note?: LocalizedText;
  /** Announced for the future: drawn as a plan, never as something that happened. */
  forecast: boolean;
  /** A forecast whose window ended before the cursor (or today), not reported as done. */
  overdue: boolean;
  /** A forecast a report known at the cursor says happened: late, on time, or on an uncertain date. */
  outcome: 'came-later' | 'on-time' | 'reported' | null;
  /** The horizon of the pledge the event announces ("d'ici 2030"): drawn as a whisker to it. */
  horizon?: { date: DateValue; endMs: number };
}

export interface TimelineLane {
  lane: EventLane;
  items: TimelineItem[];
}

/** Legend entries, in display order; only those the chart actually draws are listed. */
export const timelineLegendKeys = [
  'point',
  'period',
  'inferred',
  'contested',
  'forecast',
  'overdue',
  'horizon',
  'not-yet-known',
  'today',
  'cursor',
] as const;
export type TimelineLegendKey = (typeof timelineLegendKeys)[number];

export interface TimelineModel {
  domain: Span;
  /** Always the four lanes in the schema's order, possibly empty. */
  lanes: TimelineLane[];
  today: { ms: number; inDomain: boolean };
  cursor: { ms: number; inDomain: boolean } | null;
  legend: TimelineLegendKey[];
}

const MIN_PADDING_MS = 14 * DAY_MS;
const PADDING_RATIO = 0.02;

export function shapeOf(date: DateValue): TimelineShape {
  // A date an external reference settles (certainty "external") is drawn like a stated one.
  const settled = date.certainty === 'stated' || date.certainty === 'external';
  return date.precision === 'day' && settled && date.end === undefined ? 'point' : 'bar';
}

/**
 * From the first dated thing (Mistral's founding) to the last planned one: event ends, site status
 * changes, investment announcements and horizons ('by 2030'), padded a little on each side.
 */
function domainOf(input: TimelineInput, todayMs: number): Span {
  const dates: DateValue[] = [
    ...input.events.map((event) => event.date),
    ...input.sites.flatMap((site) => site.statusHistory.map((change) => change.date)),
    ...input.investments.flatMap((investment) =>
      investment.horizon === undefined ? [investment.announced] : [investment.announced, investment.horizon],
    ),
  ];
  if (dates.length === 0) return { startMs: todayMs - 365 * DAY_MS, endMs: todayMs + 365 * DAY_MS };
  const spans = dates.map(dateSpan);
  const startMs = Math.min(...spans.map((span) => span.startMs));
  const endMs = Math.max(...spans.map((span) => span.endMs));
  const padding = Math.max((endMs - startMs) * PADDING_RATIO, MIN_PADDING_MS);
  return {
    startMs: Math.floor((startMs - padding) / DAY_MS) * DAY_MS,
    endMs: Math.ceil((endMs + padding) / DAY_MS) * DAY_MS,
  };
}

const inSpan = (ms: number, span: Span) => ms >= span.startMs && ms <= span.endMs;

function byTime(a: TimelineItemBase, b: TimelineItemBase): number {
  return a.startMs - b.startMs || a.endMs - b.endMs || a.id.localeCompare(b.id);
}

/** What the state (cursor, selection, hover) changes on an item; the rest is the event's own. */
type StateFlags = 'known' | 'selected' | 'highlighted' | 'dimmed' | 'overdue' | 'outcome';

/** An event as the timeline draws it, whatever the state. */
export type TimelineItemBase = Omit<TimelineItem, StateFlags> & {
  /**
   * What the forecast rule reads (the event, and its site's reports when it announces a status),
   * judged at each cursor by dataset/forecast-status.ts; null when not a forecast.
   */
  readonly forecastRule: { event: ForecastEvent; site: Pick<Site, 'statusHistory'> | undefined } | null;
};

/**
 * The part of the timeline that depends on the dataset only (spans, shapes, lanes in
 * time order, the domain), built once per dataset rather than at every cursor step or hover.
 */
export interface TimelineBase {
  domain: Span;
  lanes: { lane: EventLane; items: TimelineItemBase[] }[];
  todayMs: number;
  /** Every item's first day, ascending: how many events a cursor knows is a binary search. */
  starts: Float64Array;
}

export function buildTimelineBase(input: TimelineInput, todayIso: string): TimelineBase {
  const todayMs = isoStartMs(todayIso);
  const domain = domainOf(input, todayMs);
  const horizons = new Map(
    input.investments.flatMap((investment) =>
      investment.horizon ? [[investment.id, investment.horizon]] : [],
    ),
  );
  const sitesById = new Map(input.sites.map((site) => [site.id, site]));
  const items = input.events.map((event): TimelineItemBase => {
    const span = dateSpan(event.date);
    const horizon = event.investment === undefined ? undefined : horizons.get(event.investment);
    const horizonEndMs = horizon === undefined ? undefined : dateSpan(horizon).endMs;
    return {
      id: event.id,
      lane: event.lane,
      label: event.title,
      shape: shapeOf(event.date),
      startMs: span.startMs,
      endMs: span.endMs,
      certainty: event.date.certainty,
      precision: event.date.precision,
      ...(event.site !== undefined && { siteId: event.site }),
      ...(event.investment !== undefined && { investmentId: event.investment }),
      ...(event.date.note !== undefined && { note: event.date.note }),
      forecast: event.forecast === true,
      forecastRule:
        event.forecast === true
          ? { event, site: event.site === undefined ? undefined : sitesById.get(event.site) }
          : null,
      ...(horizon !== undefined &&
        horizonEndMs !== undefined &&
        horizonEndMs > span.endMs && { horizon: { date: horizon, endMs: horizonEndMs } }),
    };
  });
  const lanes = eventLanes.map((lane) => ({
    lane,
    items: items.filter((item) => item.lane === lane).sort(byTime),
  }));
  const starts = Float64Array.from(items, (item) => item.startMs).sort();
  return { domain, lanes, todayMs, starts };
}

/** The cursor, selection and hover, read once for every item they flag. */
export interface TimelineFocus {
  readonly state: TimelineState;
  /** The cursor's last day (ms), or null without a cursor. */
  readonly cursorMs: number | null;
  /** The day forecasts are judged against: the cursor's last day, or today. */
  readonly judgedOn: string;
  readonly related: ReadonlySet<string>;
  readonly relatedToSelection: ReadonlySet<string>;
}

export function timelineFocus(input: TimelineInput, state: TimelineState): TimelineFocus {
  return {
    state,
    cursorMs: state.asOf === null ? null : isoEndMs(state.asOf),
    judgedOn: lastDayOf(state.asOf ?? state.todayIso),
    related: relatedToFocus(input, state),
    relatedToSelection: state.selectedId === null ? new Set<string>() : relatedIds(input, state.selectedId),
  };
}

/** Is this item part of the selection (the selected record or one linked to it)? */
export const inSelection = (item: TimelineItemBase, focus: TimelineFocus): boolean =>
  focus.state.selectedId !== null && !isDimmed(item.id, focus.state.selectedId, focus.relatedToSelection);

function withFlags(item: TimelineItemBase, focus: TimelineFocus): TimelineItem {
  const { state } = focus;
  const { forecastRule, ...own } = item;
  const outcome =
    forecastRule === null
      ? null
      : eventForecastOutcome(forecastRule.event, forecastRule.site, focus.judgedOn);
  return {
    ...own,
    known: focus.cursorMs === null || item.startMs <= focus.cursorMs,
    selected: item.id === state.selectedId,
    highlighted: isHighlighted(item.id, state, focus.related),
    dimmed: isDimmed(item.id, state.selectedId, focus.relatedToSelection),
    overdue: outcome?.state === 'overdue',
    outcome: outcome !== null && 'report' in outcome ? outcome.state : null,
  };
}

/** The model for a state, from the base; `keep` draws only some items (timeline-window.ts). */
export function timelineModelFor(
  base: TimelineBase,
  focus: TimelineFocus,
  keep: (item: TimelineItemBase) => boolean = () => true,
): TimelineModel {
  const lanes = base.lanes.map(({ lane, items }) => ({
    lane,
    items: items.filter(keep).map((item) => withFlags(item, focus)),
  }));
  const today = { ms: base.todayMs, inDomain: inSpan(base.todayMs, base.domain) };
  const cursor =
    focus.cursorMs === null ? null : { ms: focus.cursorMs, inDomain: inSpan(focus.cursorMs, base.domain) };
  const legend = legendOf(
    lanes.flatMap((lane) => lane.items),
    today.inDomain,
    cursor !== null,
  );
  return { domain: base.domain, lanes, today, cursor, legend };
}

export function buildTimelineModel(input: TimelineInput, state: TimelineState): TimelineModel {
  return timelineModelFor(buildTimelineBase(input, state.todayIso), timelineFocus(input, state));
}

/** The legend entries for what `items` draw, in display order. */
export function legendOf(
  items: readonly TimelineItem[],
  todayDrawn: boolean,
  cursorDrawn: boolean,
): TimelineLegendKey[] {
  const used: Record<TimelineLegendKey, boolean> = {
    point: items.some((item) => item.shape === 'point'),
    period: items.some(
      (item) => item.shape === 'bar' && (item.certainty === 'stated' || item.certainty === 'external'),
    ),
    inferred: items.some((item) => item.certainty === 'inferred'),
    contested: items.some((item) => item.certainty === 'contested'),
    forecast: items.some((item) => item.forecast),
    overdue: items.some((item) => item.overdue),
    horizon: items.some((item) => item.horizon !== undefined),
    'not-yet-known': items.some((item) => !item.known),
    today: todayDrawn,
    cursor: cursorDrawn,
  };
  return timelineLegendKeys.filter((key) => used[key]);
}

/** The distinct days on which something starts, in order: the stops of the 'play' button. */
export function cursorSteps(model: {
  lanes: readonly { items: readonly { startMs: number }[] }[];
}): string[] {
  const days = new Set(model.lanes.flatMap((lane) => lane.items.map((item) => item.startMs)));
  return [...days].sort((a, b) => a - b).map(toIsoDay);
}

/** Keeps a cursor inside the domain (a scrub past either end stops there); null stays null. */
export function clampCursor(asOfIso: string | null, domain: Span): string | null {
  if (asOfIso === null) return null;
  const ms = isoEndMs(asOfIso);
  if (ms < domain.startMs) return toIsoDay(domain.startMs);
  if (ms > domain.endMs) return toIsoDay(domain.endMs);
  return asOfIso;
}
