import { describe, expect, it } from 'vitest';
import { dateSpan, isKnownBy, isoEndMs, isoStartMs, toIsoDay, type DateValue } from './date-value';

const date = (start: string, precision: string, extra: Partial<DateValue> = {}): DateValue => ({
  start,
  precision,
  ...extra,
});

const days = (d: DateValue) => {
  const span = dateSpan(d);
  return [toIsoDay(span.startMs), toIsoDay(span.endMs)];
};

describe('dateSpan', () => {
  it('a day is a single day', () => {
    const span = dateSpan(date('2025-02-10', 'day'));
    expect(span.startMs).toBe(Date.UTC(2025, 1, 10));
    expect(span.endMs).toBe(span.startMs);
  });

  it('keeps years before 100 as written (no 19xx reading)', () => {
    expect(toIsoDay(isoStartMs('0050-06-01'))).toBe('0050-06-01');
    expect(toIsoDay(isoEndMs('0099'))).toBe('0099-12-31');
  });

  it('a year spans 1 January to 31 December', () => {
    expect(days(date('2026', 'year'))).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('a month spans its own days, leap years included', () => {
    expect(days(date('2024-02', 'month'))).toEqual(['2024-02-01', '2024-02-29']);
    expect(days(date('2025-02', 'month'))).toEqual(['2025-02-01', '2025-02-28']);
    expect(days(date('2025-04', 'month'))).toEqual(['2025-04-01', '2025-04-30']);
  });

  it('a range runs to the last day of its end, at the end’s own precision', () => {
    expect(days(date('2025-06', 'range', { end: '2026' }))).toEqual(['2025-06-01', '2026-12-31']);
    expect(days(date('2025', 'range', { end: '2025-09' }))).toEqual(['2025-01-01', '2025-09-30']);
    expect(days(date('2025-06-12', 'range', { end: '2025-06-14' }))).toEqual(['2025-06-12', '2025-06-14']);
  });

  it('a coarse precision widens a more precise string', () => {
    expect(days(date('2025-03-14', 'year'))).toEqual(['2025-01-01', '2025-12-31']);
    expect(days(date('2025-03-14', 'month'))).toEqual(['2025-03-01', '2025-03-31']);
  });

  it('a string coarser than its precision still covers the whole period', () => {
    expect(days(date('2027', 'day'))).toEqual(['2027-01-01', '2027-12-31']);
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => dateSpan(date('2025-13', 'month'))).toThrow(RangeError);
    expect(() => dateSpan(date('2025-02-30', 'day'))).toThrow(RangeError);
    expect(() => dateSpan(date('25-02', 'month'))).toThrow(RangeError);
  });
});

describe('isoStartMs / isoEndMs', () => {
  it('expand a partial date to its first and last day', () => {
    expect(toIsoDay(isoStartMs('2025-11'))).toBe('2025-11-01');
    expect(toIsoDay(isoEndMs('2025-11'))).toBe('2025-11-30');
    expect(toIsoDay(isoEndMs('2025-12-31'))).toBe('2025-12-31');
  });
});

describe('isKnownBy', () => {
  const feb10 = date('2025-02-10', 'day');

  it('knows everything when there is no cursor', () => {
    expect(isKnownBy(feb10, null)).toBe(true);
  });

  it('knows a date on the cursor day itself, not the day before', () => {
    expect(isKnownBy(feb10, '2025-02-10')).toBe(true);
    expect(isKnownBy(feb10, '2025-02-09')).toBe(false);
  });

  it('uses the start of a range or a vague date', () => {
    const range = date('2025-06', 'range', { end: '2027' });
    expect(isKnownBy(range, '2025-06-01')).toBe(true);
    expect(isKnownBy(range, '2025-05-31')).toBe(false);
    expect(isKnownBy(date('2026', 'year'), '2026-01-01')).toBe(true);
  });

  it('reads a partial cursor as its last day', () => {
    expect(isKnownBy(date('2025-06-30', 'day'), '2025-06')).toBe(true);
    expect(isKnownBy(date('2025-07-01', 'day'), '2025-06')).toBe(false);
  });
});

describe('toIsoDay', () => {
  it('names the UTC day of any instant', () => {
    expect(toIsoDay(Date.UTC(2025, 0, 1))).toBe('2025-01-01');
    expect(toIsoDay(Date.UTC(2025, 0, 1, 23, 59))).toBe('2025-01-01');
  });
});
