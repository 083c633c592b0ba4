import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateValue, Site, StatusChange } from './schema';
import { statusChangeAsOf, statusChangesAt } from './site-status';

const TODAY = '2026-12-01';
const day = fc
  .record({
    year: fc.integer({ min: 2018, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
// Every precision: a year or a month starts on its first day, a range on its start.
const dateValue: fc.Arbitrary<DateValue> = fc.oneof(
  day.map((start) => ({ start, precision: 'day', certainty: 'stated' }) as DateValue),
  day.map((start) => ({ start: start.slice(0, 7), precision: 'month', certainty: 'stated' }) as DateValue),
  day.map((start) => ({ start: start.slice(0, 4), precision: 'year', certainty: 'stated' }) as DateValue),
  fc.tuple(day, day).map(
    ([a, b]) =>
      ({
        start: a < b ? a : b,
        end: a < b ? b : a,
        precision: 'range',
        certainty: 'stated',
      }) as DateValue,
  ),
);
const change: fc.Arbitrary<StatusChange> = fc.record({
  status: fc.constantFrom('announced', 'planned', 'under-construction', 'operational'),
  date: dateValue,
  forecast: fc.boolean(),
}) as unknown as fc.Arbitrary<StatusChange>;
// statusChangeAsOf reads the history only: the rest of a site does not matter here.
const site = fc
  .array(change, { minLength: 1, maxLength: 4 })
  .map((statusHistory) => ({ statusHistory }) as unknown as Site);

describe('statusChangesAt, worked out from the last cursor (status-index.ts)', () => {
  it('answers as statusChangeAsOf does for every site, whatever the order of the cursors', () => {
    fc.assert(
      fc.property(
        fc.array(site, { minLength: 1, maxLength: 40 }),
        fc.array(fc.option(day, { nil: null }), { minLength: 1, maxLength: 12 }),
        (sites, cursors) => {
          for (const asOf of cursors) {
            const changes = statusChangesAt(sites, asOf, TODAY);
            for (const s of sites) expect(changes.get(s)).toBe(statusChangeAsOf(s, asOf, TODAY));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers the same when the cursor walks day by day, as the slider does (few sites change per step)', () => {
    fc.assert(
      fc.property(
        fc.array(site, { minLength: 8, maxLength: 40 }),
        day,
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 30 }),
        (sites, start, steps) => {
          let ms = Date.parse(`${start}T00:00:00Z`);
          for (const step of steps) {
            ms += step * 86_400_000;
            const asOf = new Date(ms).toISOString().slice(0, 10);
            const changes = statusChangesAt(sites, asOf, TODAY);
            for (const s of sites) expect(changes.get(s)).toBe(statusChangeAsOf(s, asOf, TODAY));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
