import { describe, expect, it } from 'vitest';
import type { Site } from '../../dataset/schema';
import { DAY_MS } from '../../lib/date-value';
import { clampCursor, cursorSteps } from './timeline-model';

import {
  day,
  month,
  range,
  year,
  event,
  investment,
  events,
  input,
  build,
  allItems,
  item,
  daysOf,
} from './timeline-model.fixtures';

describe('lanes', () => {
  it('lists the four lanes in order, each sorted by time', () => {
    const model = build();
    expect(model.lanes.map((lane) => lane.lane)).toEqual(['company', 'sites', 'funding', 'policy']);
    expect(model.lanes.map((lane) => lane.items.map((it) => it.id))).toEqual([
      ['founding'],
      ['fouju-announced', 'bruyeres-opened', 'fouju-operational'],
      ['campus-funding', 'uae-pledge'],
      ['ai-act'],
    ]);
  });

  it('keeps an empty lane rather than dropping it', () => {
    const model = build({}, { events: [events[0]!], sites: [], investments: [] });
    expect(model.lanes.map((lane) => lane.items.length)).toEqual([1, 0, 0, 0]);
  });

  it('carries the event’s links', () => {
    expect(item(build(), 'fouju-announced').siteId).toBe('fouju');
    expect(item(build(), 'campus-funding').investmentId).toBe('campus');
    expect(item(build(), 'founding')).not.toHaveProperty('siteId');
  });
});

describe('shapes', () => {
  it('draws a stated day as a point', () => {
    const founding = item(build(), 'founding');
    expect(founding.shape).toBe('point');
    expect(founding.startMs).toBe(Date.UTC(2023, 3, 28));
    expect(founding.endMs).toBe(founding.startMs);
  });

  it('draws a month, a year and a range as bars over their days', () => {
    const model = build();
    expect(item(model, 'campus-funding')).toMatchObject({ shape: 'bar', precision: 'month' });
    expect(daysOf(item(model, 'campus-funding'))).toEqual(['2025-02-01', '2025-02-28']);
    expect(daysOf(item(model, 'ai-act'))).toEqual(['2024-01-01', '2024-12-31']);
    expect(item(model, 'fouju-operational')).toMatchObject({
      shape: 'bar',
      precision: 'range',
      certainty: 'inferred',
    });
    expect(daysOf(item(model, 'fouju-operational'))).toEqual(['2026-01-01', '2027-06-30']);
  });

  it('draws an inferred day as a bar', () => {
    expect(item(build(), 'bruyeres-opened')).toMatchObject({ shape: 'bar', certainty: 'inferred' });
  });

  it('draws a contested day as a bar and keeps its note', () => {
    expect(item(build(), 'uae-pledge')).toMatchObject({
      shape: 'bar',
      certainty: 'contested',
      note: { fr: 'deux dates citées', en: 'two dates reported' },
    });
  });

  it('marks a forecast event as a plan and lists it in the legend, even once the cursor passes it', () => {
    const data = {
      ...input,
      events: [...events, event('opening', 'sites', year('2027'), { forecast: true })],
    };
    const model = build({ asOf: '2028-01-01' }, data);
    expect(item(model, 'opening')).toMatchObject({ forecast: true, known: true });
    expect(item(model, 'founding')).toMatchObject({ forecast: false });
    expect(model.legend).toContain('forecast');
    expect(build().legend).not.toContain('forecast');
  });
});

describe('horizons', () => {
  it('gives an event the horizon of the pledge it announces, when it ends later', () => {
    const pledge = investment('plan', day('2025-02-09'), { horizon: year('2030') });
    const data = {
      ...input,
      investments: [pledge],
      events: [...events, event('plan-announced', 'funding', day('2025-02-09'), { investment: 'plan' })],
    };
    const model = build({}, data);
    expect(item(model, 'plan-announced').horizon).toEqual({
      date: year('2030'),
      endMs: Date.UTC(2030, 11, 31),
    });
    expect(item(model, 'founding').horizon).toBeUndefined();
    expect(model.legend).toContain('horizon');
    expect(build().legend).not.toContain('horizon');
  });
});

describe('domain', () => {
  it('runs from just before the founding to just after the last planned date', () => {
    const { domain } = build();
    const founding = Date.UTC(2023, 3, 28);
    const lastPlanned = Date.UTC(2027, 5, 30);
    expect(domain.startMs).toBeLessThanOrEqual(founding - 14 * DAY_MS);
    expect(domain.startMs).toBeGreaterThan(founding - 60 * DAY_MS);
    expect(domain.endMs).toBeGreaterThanOrEqual(lastPlanned + 14 * DAY_MS);
    expect(domain.endMs).toBeLessThan(lastPlanned + 60 * DAY_MS);
    expect(domain.startMs % DAY_MS).toBe(0);
    expect(domain.endMs % DAY_MS).toBe(0);
  });

  it('pads a short span by at least two weeks', () => {
    const model = build({}, { events: [events[0]!], sites: [], investments: [] });
    const founding = Date.UTC(2023, 3, 28);
    expect(model.domain).toEqual({ startMs: founding - 14 * DAY_MS, endMs: founding + 14 * DAY_MS });
  });

  it('reaches planned site statuses and investment horizons', () => {
    const site = {
      id: 'fouju',
      statusHistory: [{ status: 'operational' as const, date: year('2028'), citations: [], external: [] }],
    } satisfies Pick<Site, 'id' | 'statusHistory'>;
    const withSite = build({}, { ...input, sites: [site] });
    expect(withSite.domain.endMs).toBeGreaterThan(Date.UTC(2028, 11, 31));
    const horizon = investment('plan', day('2025-02-09'), { horizon: year('2031') });
    const withHorizon = build({}, { ...input, investments: [horizon] });
    expect(withHorizon.domain.endMs).toBeGreaterThan(Date.UTC(2031, 11, 31));
  });

  it('falls back to a year either side of today when nothing is dated', () => {
    const model = build({}, { events: [], sites: [], investments: [] });
    expect(model.domain).toEqual({ startMs: Date.UTC(2024, 10, 22), endMs: Date.UTC(2026, 10, 22) });
    expect(model.lanes.every((lane) => lane.items.length === 0)).toBe(true);
    expect(model.legend).toEqual(['today']);
  });
});

describe('today', () => {
  it('is a line inside the domain', () => {
    expect(build().today).toEqual({ ms: Date.UTC(2025, 10, 22), inDomain: true });
  });

  it('says when it falls outside, and leaves the legend without it', () => {
    const model = build({ todayIso: '2035-01-01' });
    expect(model.today.inDomain).toBe(false);
    expect(model.legend).not.toContain('today');
  });
});

describe('the as-of cursor', () => {
  it('without a cursor, everything is known', () => {
    const model = build();
    expect(model.cursor).toBeNull();
    expect(allItems(model).every((it) => it.known)).toBe(true);
    expect(model.legend).not.toContain('cursor');
    expect(model.legend).not.toContain('not-yet-known');
  });

  it('before the first event, nothing is known', () => {
    const model = build({ asOf: '2020-01-01' });
    expect(allItems(model).some((it) => it.known)).toBe(false);
    expect(model.cursor).toEqual({ ms: Date.UTC(2020, 0, 1), inDomain: false });
    expect(model.legend).toContain('not-yet-known');
  });

  it('after the last event, everything is known', () => {
    const model = build({ asOf: '2030-01-01' });
    expect(allItems(model).every((it) => it.known)).toBe(true);
    expect(model.legend).toContain('cursor');
  });

  it('knows what started on or before the cursor day, ranges by their start', () => {
    const model = build({ asOf: '2025-02-09' });
    const known = allItems(model)
      .filter((it) => it.known)
      .map((it) => it.id)
      .sort();
    expect(known).toEqual(['ai-act', 'campus-funding', 'founding', 'uae-pledge']);
    expect(item(build({ asOf: '2026-01-01' }), 'fouju-operational').known).toBe(true);
    expect(item(build({ asOf: '2025-12-31' }), 'fouju-operational').known).toBe(false);
  });
});

describe('selection and hover', () => {
  it('an empty selection highlights and dims nothing', () => {
    const items = allItems(build());
    expect(items.some((it) => it.selected || it.highlighted || it.dimmed)).toBe(false);
  });

  it('selecting a site highlights its events, directly or through its investment, and dims the rest', () => {
    const model = build({ selectedId: 'fouju' });
    const highlighted = allItems(model).filter((it) => it.highlighted);
    expect(highlighted.map((it) => it.id).sort()).toEqual([
      'campus-funding',
      'fouju-announced',
      'fouju-operational',
    ]);
    expect(highlighted.every((it) => !it.dimmed && !it.selected)).toBe(true);
    expect(item(model, 'founding').dimmed).toBe(true);
  });

  it('selecting an event marks it selected', () => {
    const model = build({ selectedId: 'uae-pledge' });
    expect(item(model, 'uae-pledge')).toMatchObject({ selected: true, highlighted: true, dimmed: false });
    expect(item(model, 'founding')).toMatchObject({ selected: false, highlighted: false, dimmed: true });
  });

  it('hovering highlights without dimming anything', () => {
    const model = build({ hoveredId: 'bruyeres' });
    expect(item(model, 'bruyeres-opened').highlighted).toBe(true);
    expect(allItems(model).some((it) => it.dimmed)).toBe(false);
  });

  it('hovering outside the selection highlights but does not undim', () => {
    const model = build({ selectedId: 'fouju', hoveredId: 'bruyeres' });
    expect(item(model, 'bruyeres-opened')).toMatchObject({ highlighted: true, dimmed: true });
    expect(item(model, 'fouju-announced')).toMatchObject({ highlighted: true, dimmed: false });
  });
});

describe('legend', () => {
  it('lists the entries in use, in a fixed order', () => {
    expect(build().legend).toEqual(['point', 'period', 'inferred', 'contested', 'today']);
  });

  it('omits what is not drawn', () => {
    const model = build({ asOf: '2024-01-01' }, { events: [events[0]!], sites: [], investments: [] });
    expect(model.legend).toEqual(['point', 'cursor']);
  });

  it('does not call an uncertain bar a stated period', () => {
    const model = build({}, { events: [events[2]!], sites: [], investments: [] });
    expect(model.legend).toEqual(['contested']);
  });
});

describe('cursorSteps', () => {
  it('lists each start day once, in order', () => {
    const data = { ...input, events: [...events, event('same-day', 'policy', day('2025-02-10'))] };
    expect(cursorSteps(build({}, data))).toEqual([
      '2023-04-28',
      '2024-01-01',
      '2025-02-01',
      '2025-02-06',
      '2025-02-10',
      '2025-09-01',
      '2026-01-01',
    ]);
  });

  it('is empty without events', () => {
    expect(cursorSteps(build({}, { events: [], sites: [], investments: [] }))).toEqual([]);
  });
});

describe('clampCursor', () => {
  const domain = { startMs: Date.UTC(2023, 0, 1), endMs: Date.UTC(2027, 11, 31) };

  it('leaves no cursor and a cursor inside the domain alone', () => {
    expect(clampCursor(null, domain)).toBeNull();
    expect(clampCursor('2025-06', domain)).toBe('2025-06');
    expect(clampCursor('2023-01-01', domain)).toBe('2023-01-01');
  });

  it('stops a cursor at either end', () => {
    expect(clampCursor('2019-05-01', domain)).toBe('2023-01-01');
    expect(clampCursor('2031', domain)).toBe('2027-12-31');
  });

  it('reads a partial cursor as its last day', () => {
    const midMonth = { ...domain, endMs: Date.UTC(2027, 11, 15) };
    expect(clampCursor('2027-12', midMonth)).toBe('2027-12-15');
  });
});

describe('forecast events on the timeline', () => {
  const window = range('2025-03', '2025-12', 'inferred');
  const opening = event('bruyeres-opening', 'sites', window, {
    site: 'bruyeres',
    forecast: true,
    forecastStatus: 'operational',
  });
  const doubling = event('bruyeres-doubling', 'sites', window, { site: 'bruyeres', forecast: true });
  const site = {
    id: 'bruyeres',
    statusHistory: [
      { status: 'operational' as const, date: window, forecast: true, citations: [], external: [] },
      { status: 'operational' as const, date: month('2026-06'), citations: [], external: [] },
    ],
  } satisfies Pick<Site, 'id' | 'statusHistory'>;
  const data = { events: [opening, doubling], sites: [site], investments: [] };
  const at = (id: string, asOf: string) => allItems(build({ asOf }, data)).find((i) => i.id === id);

  it('marks an opening overdue only until the site is reported open, then says it came later', () => {
    expect(at('bruyeres-opening', '2025-11')).toMatchObject({ overdue: false, outcome: null });
    expect(at('bruyeres-opening', '2026-03')).toMatchObject({ overdue: true, outcome: null });
    expect(at('bruyeres-opening', '2026-07')).toMatchObject({ overdue: false, outcome: 'came-later' });
  });

  it('keeps a forecast that announces no status overdue after its window, reports or not', () => {
    expect(at('bruyeres-doubling', '2026-07')).toMatchObject({ overdue: true, outcome: null });
  });
});
