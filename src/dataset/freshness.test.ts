import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, toIsoDay } from '../lib/date-value';
import { addMonths, freshnessAt, staleFrom } from './freshness';

const FROM = Date.UTC(2020, 0, 1);
const TO = Date.UTC(2032, 11, 31);
/** Any calendar day from 2020 to 2032 (three leap years: 2020, 2024, 2028, 2032). */
const day = fc.integer({ min: 0, max: (TO - FROM) / DAY_MS }).map((n) => toIsoDay(FROM + n * DAY_MS));
const dayAfter = (iso: string, days: number) => toIsoDay(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS);

describe('addMonths', () => {
  it('keeps the day of the month, or the target month’s last day when it has fewer days', () => {
    expect(addMonths('2026-06-07', 6)).toBe('2026-12-07');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2023-08-29', 6)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 6)).toBe('2024-08-29');
    expect(addMonths('2025-12-31', 6)).toBe('2026-06-30');
  });
});

describe('freshnessAt', () => {
  it('reads "unknown" for a site never checked, whatever the day', () => {
    fc.assert(
      fc.property(day, (shown) => {
        expect(freshnessAt(undefined, shown)).toBe('unknown');
      }),
    );
  });

  it('turns stale exactly six calendar months after the check, not a day before', () => {
    fc.assert(
      fc.property(day, (checked) => {
        const boundary = staleFrom(checked);
        expect(freshnessAt(checked, boundary)).toBe('stale');
        expect(freshnessAt(checked, dayAfter(boundary, -1))).toBe('fresh');
      }),
    );
  });

  it('is fresh under 181 days and stale from 184 days (six months span 181 to 184 days)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (checked, days) => {
        const verdict = freshnessAt(checked, dayAfter(checked, days));
        if (days < 181) expect(verdict).toBe('fresh');
        if (days >= 184) expect(verdict).toBe('stale');
      }),
    );
  });

  it('never reads stale before the check (a past cursor) and stays stale once stale', () => {
    fc.assert(
      fc.property(day, day, day, (checked, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        if (early <= checked) expect(freshnessAt(checked, early)).toBe('fresh');
        if (freshnessAt(checked, early) === 'stale') expect(freshnessAt(checked, late)).toBe('stale');
      }),
    );
  });

  it('handles leap days: checked on 29 February, or six months before one', () => {
    expect(freshnessAt('2024-02-29', '2024-08-28')).toBe('fresh');
    expect(freshnessAt('2024-02-29', '2024-08-29')).toBe('stale');
    expect(freshnessAt('2023-08-31', '2024-02-28')).toBe('fresh');
    expect(freshnessAt('2023-08-31', '2024-02-29')).toBe('stale');
    expect(freshnessAt('2025-08-31', '2026-02-28')).toBe('stale');
  });
});
