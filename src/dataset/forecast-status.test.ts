import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastState, overdueStatusChanges, windowEnd } from './forecast-status';
import type { DateValue, StatusChange } from './schema';

const DAY = 86_400_000;
const FROM = Date.UTC(2020, 0, 1);
const TO = Date.UTC(2030, 11, 31);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Any calendar day from 2020 to 2030, as a cursor. */
const cursorDay = fc.integer({ min: 0, max: (TO - FROM) / DAY }).map((n) => iso(FROM + n * DAY));

// The Essonne opening: "dans les prochains mois" (February 2025), read as March – December 2025.
const opening: DateValue = { start: '2025-03', end: '2025-12', precision: 'range', certainty: 'inferred' };
const forecast = { forecast: true, date: opening };

describe('forecastState', () => {
  it('reads a window whole: a year ends on 31 December, a month on its last day', () => {
    expect(windowEnd(opening)).toBe('2025-12-31');
    expect(windowEnd({ start: '2027', precision: 'year', certainty: 'stated' })).toBe('2027-12-31');
    expect(windowEnd({ start: '2024-02', precision: 'month', certainty: 'stated' })).toBe('2024-02-29');
  });

  it('is overdue exactly when the cursor day is after the last day of the window', () => {
    fc.assert(
      fc.property(cursorDay, (cursor) => {
        expect(forecastState(forecast, cursor)).toBe(cursor > '2025-12-31' ? 'overdue' : 'pending');
      }),
    );
  });

  it('stays overdue for every later cursor once overdue', () => {
    fc.assert(
      fc.property(cursorDay, cursorDay, (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        if (forecastState(forecast, early) === 'overdue')
          expect(forecastState(forecast, late)).toBe('overdue');
      }),
    );
  });

  it('never marks a fact (not a forecast) or a reached forecast as overdue', () => {
    fc.assert(
      fc.property(cursorDay, fc.boolean(), (cursor, reached) => {
        expect(forecastState({ date: opening }, cursor)).toBe('not-forecast');
        expect(forecastState({ forecast: false, date: opening }, cursor)).toBe('not-forecast');
        if (reached) expect(forecastState(forecast, cursor, true)).toBe('not-forecast');
      }),
    );
  });

  it('reads a partial cursor as its last day', () => {
    expect(forecastState(forecast, '2025-12')).toBe('pending');
    expect(forecastState(forecast, '2026-01')).toBe('overdue');
    expect(forecastState(forecast, '2025')).toBe('pending');
  });
});

describe('overdueStatusChanges', () => {
  const announced: StatusChange = {
    status: 'announced',
    date: { start: '2025-02-09', precision: 'day', certainty: 'stated' },
    citations: [],
    external: [],
  };
  const planned: StatusChange = {
    status: 'operational',
    forecast: true,
    date: opening,
    citations: [],
    external: [],
  };

  it('lists the opening once its window is over, for any cursor after it', () => {
    fc.assert(
      fc.property(cursorDay, (cursor) => {
        const overdue = overdueStatusChanges({ statusHistory: [announced, planned] }, cursor);
        expect(overdue).toEqual(cursor > '2025-12-31' ? [planned] : []);
      }),
    );
  });

  it('drops it once a source reports the opening, at and after the reported day', () => {
    const opened: StatusChange = {
      status: 'operational',
      date: { start: '2026-03-02', precision: 'day', certainty: 'stated' },
      citations: [],
      external: [],
    };
    const site = { statusHistory: [announced, planned, opened] };
    expect(overdueStatusChanges(site, '2026-02-01')).toEqual([planned]);
    fc.assert(
      fc.property(cursorDay, (cursor) => {
        if (cursor >= '2026-03-02') expect(overdueStatusChanges(site, cursor)).toEqual([]);
      }),
    );
  });
});
