import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, toIsoDay } from '../lib/date-value';
import { overdueStatusChanges, statusForecastOutcome } from './forecast-status';
import type { DateValue, StatusChange } from './schema';

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

// The Essonne opening as article 000 announces it: "dans les prochains mois" of February 2025.
const window: DateValue = { start: '2025-03', end: '2025-12', precision: 'range', certainty: 'inferred' };
const announced = change('announced', onDay('2025-02-09'));
const expected = change('operational', window, true);

describe('statusForecastOutcome', () => {
  it('with no report: a forecast until its window ends, overdue after', () => {
    const site = { statusHistory: [announced, expected] };
    fc.assert(
      fc.property(day, (cursor) => {
        const { state } = statusForecastOutcome(site, expected, cursor);
        expect(state).toBe(cursor <= '2025-12-31' ? 'pending' : 'overdue');
      }),
    );
  });

  it('once a report is known at the cursor: came later (after the window) or on time, beside that report', () => {
    fc.assert(
      fc.property(day, day, (reported, cursor) => {
        const opened = change('operational', onDay(reported));
        const site = { statusHistory: [announced, expected, opened] };
        const outcome = statusForecastOutcome(site, expected, cursor);
        if (reported > cursor) {
          expect(outcome.state).toBe(cursor <= '2025-12-31' ? 'pending' : 'overdue');
        } else {
          expect(outcome).toEqual({
            state: reported > '2025-12-31' ? 'came-later' : 'on-time',
            report: opened,
          });
          expect(overdueStatusChanges(site, cursor)).toEqual([]);
        }
      }),
    );
  });

  it('a later status reports an earlier forecast as reached (operational means built)', () => {
    const works = change(
      'under-construction',
      { start: '2026', precision: 'year', certainty: 'stated' },
      true,
    );
    const opened = change('operational', onDay('2027-03-01'));
    const site = { statusHistory: [announced, works, opened] };
    expect(statusForecastOutcome(site, works, '2027-02-28').state).toBe('overdue');
    expect(statusForecastOutcome(site, works, '2027-03-01')).toEqual({ state: 'came-later', report: opened });
  });

  it('a report of an earlier status never counts as the forecast reached', () => {
    const site = { statusHistory: [announced, expected, change('planned', onDay('2026-05-01'))] };
    fc.assert(
      fc.property(day, (cursor) => {
        expect(statusForecastOutcome(site, expected, cursor).state).not.toMatch(/came-later|on-time/);
      }),
    );
  });

  it('a report whose window straddles the forecast’s end is neither late nor on time; one starting after is late', () => {
    const autumn = change('operational', {
      start: '2025-09',
      end: '2026-06',
      precision: 'range',
      certainty: 'contested',
    });
    expect(statusForecastOutcome({ statusHistory: [expected, autumn] }, expected, '2026-12-07').state).toBe(
      'reported',
    );
    const within = change('operational', {
      start: '2025-09',
      end: '2025-12',
      precision: 'range',
      certainty: 'stated',
    });
    expect(statusForecastOutcome({ statusHistory: [expected, within] }, expected, '2026-12-07').state).toBe(
      'on-time',
    );
    const spring = change('operational', {
      start: '2026-01',
      end: '2026-06',
      precision: 'range',
      certainty: 'stated',
    });
    expect(statusForecastOutcome({ statusHistory: [expected, spring] }, expected, '2026-12-07').state).toBe(
      'came-later',
    );
  });

  it('over any reported window: late iff it starts after the forecast’s window, on time iff it ends within it', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const report = change('operational', { start, end, precision: 'range', certainty: 'contested' });
        const { state } = statusForecastOutcome(
          { statusHistory: [expected, report] },
          expected,
          '2028-12-31',
        );
        const late = start > '2025-12-31';
        const onTime = end <= '2025-12-31';
        expect(state).toBe(late ? 'came-later' : onTime ? 'on-time' : 'reported');
      }),
    );
  });

  it('says nothing of a status that is not a forecast', () => {
    fc.assert(
      fc.property(day, (cursor) => {
        expect(statusForecastOutcome({ statusHistory: [announced] }, announced, cursor).state).toBe(
          'not-forecast',
        );
      }),
    );
  });
});
