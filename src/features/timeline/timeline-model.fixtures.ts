/** Events, sites and pledges for the timeline model's tests, and helpers to read the model. */
import type { AtlasEvent, DateValue, Investment, Quantity } from '../../dataset/schema';
import { toIsoDay } from '../../lib/date-value';
import {
  buildTimelineBase,
  buildTimelineModel,
  timelineFocus,
  type TimelineInput,
  type TimelineItem,
  type TimelineModel,
  type TimelineState,
} from './timeline-model';

export const day = (start: string, certainty: DateValue['certainty'] = 'stated'): DateValue => ({
  start,
  precision: 'day',
  certainty,
  ...(certainty === 'contested' && { note: { fr: 'deux dates citées', en: 'two dates reported' } }),
});
export const month = (start: string): DateValue => ({ start, precision: 'month', certainty: 'stated' });
export const year = (start: string): DateValue => ({ start, precision: 'year', certainty: 'stated' });
export const range = (
  start: string,
  end: string,
  certainty: DateValue['certainty'] = 'stated',
): DateValue => ({
  start,
  end,
  precision: 'range',
  certainty,
});

export const event = (
  id: string,
  lane: AtlasEvent['lane'],
  date: DateValue,
  links: Partial<AtlasEvent> = {},
): AtlasEvent => ({
  id,
  lane,
  date,
  title: { fr: id, en: id },
  citations: [],
  external: [],
  ...links,
});

const amount: Quantity = { text: '1 milliard', unit: 'EUR', kind: 'exact', value: 1e9 };
export const investment = (
  id: string,
  announced: DateValue,
  extra: Partial<Investment> = {},
): Investment => ({
  id,
  label: { fr: id, en: id },
  investor: { fr: 'Mistral AI', en: 'Mistral AI' },
  target: { fr: 'Mistral AI', en: 'Mistral AI' },
  country: 'FR',
  amount,
  announced,
  citations: [],
  external: [],
  ...extra,
});

export const events = [
  event('founding', 'company', day('2023-04-28')),
  event('ai-act', 'policy', year('2024')),
  event('uae-pledge', 'funding', day('2025-02-06', 'contested'), { investment: 'uae' }),
  event('fouju-announced', 'sites', day('2025-02-10'), { site: 'fouju' }),
  event('campus-funding', 'funding', month('2025-02'), { investment: 'campus' }),
  event('fouju-operational', 'sites', range('2026', '2027-06', 'inferred'), { site: 'fouju' }),
  event('bruyeres-opened', 'sites', day('2025-09-01', 'inferred'), { site: 'bruyeres' }),
];
export const input: TimelineInput = {
  events,
  sites: [],
  investments: [
    investment('campus', month('2025-02'), { site: 'fouju' }),
    investment('uae', day('2025-02-06')),
  ],
};
const state: TimelineState = { asOf: null, selectedId: null, hoveredId: null, todayIso: '2025-11-22' };

export const build = (overrides: Partial<TimelineState> = {}, data: TimelineInput = input) =>
  buildTimelineModel(data, { ...state, ...overrides });
/** The dataset's part of the timeline and the state's focus, as the panel computes them. */
export const baseAndFocus = (overrides: Partial<TimelineState> = {}, data: TimelineInput = input) =>
  [buildTimelineBase(data, state.todayIso), timelineFocus(data, { ...state, ...overrides })] as const;
export const allItems = (model: TimelineModel) => model.lanes.flatMap((lane) => lane.items);
export const item = (model: TimelineModel, id: string): TimelineItem => {
  const found = allItems(model).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};
export const daysOf = (it: TimelineItem) => [toIsoDay(it.startMs), toIsoDay(it.endMs)];
