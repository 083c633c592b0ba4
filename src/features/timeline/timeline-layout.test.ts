import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../lib/date-value';
import { labelSide, placeLabel, targetOf, timelineRows, yearTicks } from './timeline-layout';
import type { TimelineItem } from './timeline-model';

const item = (id: string, over: Partial<TimelineItem> = {}) =>
  ({ id, lane: 'sites', ...over }) as TimelineItem;

describe('timeline layout', () => {
  it('puts a header before each non-empty lane and one row per event', () => {
    const rows = timelineRows({
      lanes: [
        { lane: 'company', items: [item('a')] },
        { lane: 'sites', items: [] },
        { lane: 'funding', items: [item('b'), item('c')] },
        { lane: 'policy', items: [] },
      ],
    });
    expect(rows.map((row) => row.key)).toEqual(['lane:company', 'a', 'lane:funding', 'b', 'c']);
    expect(rows[0]).toMatchObject({ kind: 'lane', first: true });
    expect(rows[2]).toMatchObject({ kind: 'lane', first: false });
  });

  it('ticks every 1 January inside the domain', () => {
    const ticks = yearTicks({ startMs: Date.UTC(2021, 4, 15), endMs: Date.UTC(2024, 0, 1) });
    expect(ticks).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)]);
    expect(yearTicks({ startMs: Date.UTC(2021, 4, 15), endMs: Date.UTC(2021, 4, 15) + DAY_MS })).toEqual([]);
  });

  it('labels on the right when there is room, else on the left', () => {
    expect(labelSide(100, 200, 400)).toBe('right');
    expect(labelSide(300, 200, 400)).toBe('left');
  });

  it('keeps a label whole on the side where it fits, else cuts it on the roomier side', () => {
    const width = (text: string) => text.length * 10;
    expect(placeLabel('abcde', { right: 50, left: 0 }, width)).toEqual({ side: 'right', text: 'abcde' });
    expect(placeLabel('abcde', { right: 40, left: 60 }, width)).toEqual({ side: 'left', text: 'abcde' });
    expect(placeLabel('abcdefgh', { right: 40, left: 30 }, width)).toEqual({ side: 'right', text: 'abc…' });
    expect(placeLabel('abcdefgh', { right: 10, left: 50 }, width)).toEqual({ side: 'left', text: 'abcd…' });
  });

  it('points a click at the site, else the pledge, else the event', () => {
    expect(targetOf(item('e', { siteId: 'borlange', investmentId: 'borlange-campus' }))).toBe('borlange');
    expect(targetOf(item('e', { investmentId: 'uae-france' }))).toBe('uae-france');
    expect(targetOf(item('e'))).toBe('e');
  });
});
