import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineItemBase } from './timeline-model';
import { allItems, baseAndFocus, build, events, input } from './timeline-model.fixtures';
import { nearestItems, windowTimeline } from './timeline-window';

const ids = (model: Parameters<typeof allItems>[0]) =>
  allItems(model)
    .map((i) => i.id)
    .sort();

describe('windowTimeline', () => {
  it('draws every event up to the limit, the model untouched', () => {
    const model = build();
    const window = windowTimeline(...baseAndFocus(), events.length);
    expect(window).toEqual({ model, shown: events.length, total: events.length });
  });

  it('above the limit keeps the events nearest the cursor, in their lanes and order', () => {
    const window = windowTimeline(...baseAndFocus({ asOf: '2025-02-09' }), 3);
    expect(window.shown).toBe(3);
    expect(window.total).toBe(events.length);
    // 2025-02-06 (3 days before), 2025-02 (covers it), 2025-02-10 (1 day after).
    expect(ids(window.model)).toEqual(['campus-funding', 'fouju-announced', 'uae-pledge']);
    const funding = window.model.lanes.find((lane) => lane.lane === 'funding')!;
    expect(funding.items.map((i) => i.id)).toEqual(['campus-funding', 'uae-pledge']);
    expect(window.model.domain).toEqual(build().domain);
  });

  it('without a cursor, centres on today', () => {
    // Today is 2025-11-22: the nearest are the September opening and the 2026–2027 range.
    expect(ids(windowTimeline(...baseAndFocus(), 2).model)).toEqual(['bruyeres-opened', 'fouju-operational']);
  });

  it("keeps the selection's events first, wherever the cursor is, and not a hover's", () => {
    // The founding (2023-04-28) is nearest the cursor, but Fouju's site and its pledge come first.
    const selected = windowTimeline(...baseAndFocus({ asOf: '2023-05-01', selectedId: 'fouju' }), 3);
    expect(ids(selected.model)).toEqual(['campus-funding', 'fouju-announced', 'fouju-operational']);
    const hovered = windowTimeline(...baseAndFocus({ asOf: '2023-05-01', hoveredId: 'fouju' }), 3);
    expect(ids(hovered.model)).toEqual(ids(windowTimeline(...baseAndFocus({ asOf: '2023-05-01' }), 3).model));
    expect(ids(hovered.model)).toContain('founding');
  });

  it('lists in the legend only what the window draws', () => {
    const full = build({ asOf: '2023-05-01' });
    expect(full.legend).toContain('inferred');
    const window = windowTimeline(...baseAndFocus({ asOf: '2023-05-01' }), 1);
    expect(ids(window.model)).toEqual(['founding']);
    expect(window.model.legend).not.toContain('inferred');
    expect(window.model.legend).toContain('point');
  });

  it('is the same window for the same state', () => {
    const many = {
      ...input,
      events: [...Array(50)].flatMap((_, n) => events.map((e) => ({ ...e, id: `${e.id}-${n}` }))),
    };
    const a = windowTimeline(...baseAndFocus({ asOf: '2025-03-01' }, many), 40);
    const b = windowTimeline(...baseAndFocus({ asOf: '2025-03-01' }, many), 40);
    expect(ids(a.model)).toEqual(ids(b.model));
    expect(a.shown).toBe(40);
  });

  it("gives the state's flags to the drawn items, as the full model does", () => {
    const state = { asOf: '2025-02-09', selectedId: 'fouju' };
    const full = allItems(build(state));
    for (const drawn of allItems(windowTimeline(...baseAndFocus(state), 4).model))
      expect(drawn).toEqual(full.find((item) => item.id === drawn.id));
  });
});

describe('nearestItems', () => {
  const distance = (ms: number, item: TimelineItemBase) =>
    item.endMs < ms ? ms - item.endMs : item.startMs > ms ? item.startMs - ms : 0;
  const fullSort = (items: TimelineItemBase[], ms: number) =>
    [...items].sort(
      (a, b) => distance(ms, a) - distance(ms, b) || a.startMs - b.startMs || a.id.localeCompare(b.id),
    );

  it('picks the same items, in the same order, as a full sort by nearness', () => {
    const [base] = baseAndFocus();
    const template = base.lanes.flatMap((lane) => lane.items)[0]!;
    const item = fc
      .record({ start: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 0, max: 20 }) })
      .map(({ start, length }) => ({ start, length }));
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 40 }),
        fc.integer({ min: 0, max: 80 }),
        fc.nat(45),
        (spans, at, count) => {
          const items = spans.map(({ start, length }, n) => ({
            ...template,
            id: `e${n % 7}-${n}`,
            startMs: start,
            endMs: start + length,
          }));
          expect(nearestItems(items, at, count)).toEqual(fullSort(items, at).slice(0, count));
        },
      ),
    );
  });
});
