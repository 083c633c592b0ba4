import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, toIsoDay } from '../lib/date-value';
import { eventForecastOutcome, overdueEvents, statusForecastOutcome } from './forecast-status';
import type { AtlasEvent, DateValue, StatusChange } from './schema';

const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2028, 11, 31);
const day = fc.integer({ min: 0, max: (TO - FROM) / DAY_MS }).map((n) => toIsoDay(FROM + n * DAY_MS));

const change = (status: StatusChange['status'], date: DateValue, forecast?: boolean): StatusChange => ({
  status,
  date,
  ...(forecast ? { forecast } : {}),
  citations: [],
  external: [],
});
const onDay = (start: string): DateValue => ({ start, precision: 'day', certainty: 'stated' });

// The Essonne opening: a forecast status of the site and the timeline event that announces it.
const window: DateValue = { start: '2025-03', end: '2025-12', precision: 'range', certainty: 'inferred' };
const expected = change('operational', window, true);
const event = (extra: Partial<AtlasEvent> = {}): AtlasEvent => ({
  id: 'essonne-opening',
  title: { fr: 'Inauguration prévue', en: 'Planned opening' },
  date: window,
  lane: 'sites',
  site: 'essonne',
  forecast: true,
  citations: [],
  external: [],
  ...extra,
});
const opening = event({ forecastStatus: 'operational' });
// Same window, but announces no status of the site: no report can close it.
const doubling = event({ id: 'essonne-capacity-doubling' });

describe('eventForecastOutcome', () => {
  it('judges an event that announces a status exactly as that status forecast, at every cursor', () => {
    fc.assert(
      fc.property(day, day, day, (a, b, cursor) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const report = change('operational', { start, end, precision: 'range', certainty: 'contested' });
        const site = { statusHistory: [change('announced', onDay('2025-02-09')), expected, report] };
        expect(eventForecastOutcome(opening, site, cursor)).toEqual(
          statusForecastOutcome(site, expected, cursor),
        );
      }),
    );
  });

  it('is overdue only while no report is known at the cursor; a later report shows it came later', () => {
    fc.assert(
      fc.property(day, day, (reported, cursor) => {
        const opened = change('operational', onDay(reported));
        const site = { statusHistory: [expected, opened] };
        const outcome = eventForecastOutcome(opening, site, cursor);
        if (reported <= cursor) {
          expect(outcome.state).not.toBe('overdue');
          expect(outcome).toEqual({
            state: reported > '2025-12-31' ? 'came-later' : 'on-time',
            report: opened,
          });
          expect(overdueEvents([opening], new Map([['essonne', site]]), cursor)).toEqual([]);
        } else expect(outcome.state).toBe(cursor > '2025-12-31' ? 'overdue' : 'pending');
      }),
    );
  });

  it('a forecast that announces no status (or has no site) is pending, then overdue, whatever is reported', () => {
    const site = { statusHistory: [expected, change('operational', onDay('2025-10-01'))] };
    fc.assert(
      fc.property(day, (cursor) => {
        const state = cursor > '2025-12-31' ? 'overdue' : 'pending';
        expect(eventForecastOutcome(doubling, site, cursor).state).toBe(state);
        expect(eventForecastOutcome(opening, undefined, cursor).state).toBe(state);
      }),
    );
  });

  it('says nothing of an event that is not a forecast', () => {
    fc.assert(
      fc.property(day, (cursor) => {
        expect(eventForecastOutcome(event({ forecast: false }), { statusHistory: [] }, cursor).state).toBe(
          'not-forecast',
        );
      }),
    );
  });
});
