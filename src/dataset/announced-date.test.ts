import { describe, expect, it } from 'vitest';
import { announcedDate } from './announced-date';
import type { DateValue, StatusChange } from './schema';

const date = (start: string, precision: DateValue['precision']): DateValue => ({
  start,
  precision,
  certainty: 'stated',
});

describe('announcedDate', () => {
  const change = (status: StatusChange['status'], d: DateValue): StatusChange => ({
    status,
    date: d,
    citations: [],
    external: [],
  });

  it('is the earliest status change, not the first listed', () => {
    const planned = date('2025-02-10', 'day');
    const announced = date('2025-02', 'month');
    const site = {
      statusHistory: [
        change('operational', date('2027', 'year')),
        change('planned', planned),
        change('announced', announced),
      ],
    };
    expect(announcedDate(site)).toBe(announced);
  });

  it('keeps the first listed on a tie', () => {
    const a = date('2025-02-01', 'day');
    const b = date('2025-02', 'month');
    expect(announcedDate({ statusHistory: [change('announced', a), change('planned', b)] })).toBe(a);
  });
});
