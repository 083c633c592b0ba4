import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDimmed, isHighlighted, relatedIds, relatedToFocus, type LinkableModel } from './linking';

const model: LinkableModel = {
  events: [
    { id: 'founding' },
    { id: 'fouju-announced', site: 'fouju' },
    { id: 'campus-funded', investment: 'campus' },
    { id: 'uae-pledge', investment: 'uae' },
    { id: 'other-site-opened', site: 'bruyeres' },
  ],
  investments: [
    { id: 'campus', site: 'fouju' },
    { id: 'uae' },
    { id: 'uae-campus-part', partOf: 'uae', site: 'fouju' },
    { id: 'bruyeres-capex', site: 'bruyeres' },
  ],
};

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('relatedIds', () => {
  it('links a site to its events, its investments and the events of those investments', () => {
    expect(sorted(relatedIds(model, 'fouju'))).toEqual(
      sorted(['fouju', 'fouju-announced', 'campus', 'campus-funded', 'uae-campus-part']),
    );
  });

  it('links an investment to its site, its events, its parent and its parts', () => {
    expect(sorted(relatedIds(model, 'campus'))).toEqual(sorted(['campus', 'fouju', 'campus-funded']));
    expect(sorted(relatedIds(model, 'uae'))).toEqual(sorted(['uae', 'uae-pledge', 'uae-campus-part']));
    expect(sorted(relatedIds(model, 'uae-campus-part'))).toEqual(sorted(['uae-campus-part', 'uae', 'fouju']));
  });

  it('links an event to its site, its investment and that investment’s site', () => {
    expect(sorted(relatedIds(model, 'fouju-announced'))).toEqual(sorted(['fouju-announced', 'fouju']));
    expect(sorted(relatedIds(model, 'campus-funded'))).toEqual(sorted(['campus-funded', 'campus', 'fouju']));
  });

  it('relates an unlinked or unknown id to itself only', () => {
    expect(sorted(relatedIds(model, 'founding'))).toEqual(['founding']);
    expect(sorted(relatedIds(model, 'nowhere'))).toEqual(['nowhere']);
  });

  it('is symmetric on any model', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const ref = fc.option(fc.constantFrom(...ids), { nil: undefined });
    const arbitraryModel = fc
      .tuple(
        fc.subarray(ids),
        fc.array(fc.record({ site: ref, investment: ref })),
        fc.array(fc.record({ site: ref, partOf: ref })),
      )
      .map(([investmentIds, events, investments]): LinkableModel => ({
        events: events.map((event, i) => ({ id: `event-${i}`, ...event })),
        investments: investmentIds.map((id, i) => ({ id, ...investments[i] })),
      }));
    fc.assert(
      fc.property(arbitraryModel, (m) => {
        const all = [...ids, ...m.events.map((event) => event.id)];
        for (const a of all) {
          for (const b of relatedIds(m, a)) expect(relatedIds(m, b).has(a)).toBe(true);
        }
      }),
    );
  });
});

/** The links as the definition reads, one walk over the records per id: the index must agree. */
function relatedByWalking(m: LinkableModel, id: string): Set<string> {
  const related = new Set<string>([id]);
  const add = (other: string | undefined) => other !== undefined && related.add(other);
  const siteOfInvestment = new Map(m.investments.map((investment) => [investment.id, investment.site]));
  for (const investment of m.investments) {
    if (investment.id === id) [investment.site, investment.partOf].forEach(add);
    if (investment.partOf === id || investment.site === id) add(investment.id);
  }
  for (const event of m.events) {
    const via = event.investment === undefined ? undefined : siteOfInvestment.get(event.investment);
    if (event.id === id) [event.site, event.investment, via].forEach(add);
    if (event.site === id || event.investment === id || via === id) add(event.id);
  }
  return related;
}

describe('relatedIds from the index', () => {
  it('agrees with a walk over every record, on any model', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const ref = fc.option(fc.constantFrom(...ids), { nil: undefined });
    const arbitraryModel = fc
      .tuple(
        fc.array(fc.constantFrom(...ids)),
        fc.array(fc.record({ site: ref, investment: ref })),
        fc.array(fc.record({ site: ref, partOf: ref })),
      )
      .map(([investmentIds, events, investments]): LinkableModel => ({
        events: events.map((event, i) => ({ id: i % 3 ? `event-${i}` : ids[i % ids.length]!, ...event })),
        investments: investmentIds.map((id, i) => ({ id, ...investments[i] })),
      }));
    fc.assert(
      fc.property(arbitraryModel, (m) => {
        for (const id of [...ids, ...m.events.map((event) => event.id), 'nowhere'])
          expect(sorted(relatedIds(m, id))).toEqual(sorted(relatedByWalking(m, id)));
      }),
    );
  });

  it('gives each call its own set: changing one changes no later answer', () => {
    relatedIds(model, 'fouju').add('intruder');
    expect(relatedIds(model, 'fouju').has('intruder')).toBe(false);
  });
});

describe('relatedToFocus', () => {
  it('is empty when nothing is selected or hovered', () => {
    expect(relatedToFocus(model, { selectedId: null, hoveredId: null }).size).toBe(0);
  });

  it('joins what is related to the selection and to the hover', () => {
    const related = relatedToFocus(model, { selectedId: 'founding', hoveredId: 'bruyeres' });
    expect(sorted(related)).toEqual(sorted(['founding', 'bruyeres', 'other-site-opened', 'bruyeres-capex']));
  });
});

describe('isHighlighted', () => {
  it('highlights nothing on an empty selection', () => {
    const focus = { selectedId: null, hoveredId: null };
    const related = relatedToFocus(model, focus);
    expect(model.events.some((event) => isHighlighted(event.id, focus, related))).toBe(false);
  });

  it('highlights the selected and hovered ids and what is related to them', () => {
    const focus = { selectedId: 'fouju', hoveredId: 'uae' };
    const related = relatedToFocus(model, focus);
    expect(isHighlighted('fouju', focus, related)).toBe(true);
    expect(isHighlighted('campus-funded', focus, related)).toBe(true);
    expect(isHighlighted('uae-pledge', focus, related)).toBe(true);
    expect(isHighlighted('founding', focus, related)).toBe(false);
  });

  it('highlights the focused ids even when given no related set', () => {
    const focus = { selectedId: 'a', hoveredId: 'b' };
    expect(isHighlighted('a', focus, new Set())).toBe(true);
    expect(isHighlighted('b', focus, new Set())).toBe(true);
  });
});

describe('isDimmed', () => {
  it('dims nothing without a selection', () => {
    expect(isDimmed('founding', null, new Set())).toBe(false);
  });

  it('dims what is not part of the selection', () => {
    const related = relatedIds(model, 'fouju');
    expect(isDimmed('campus', 'fouju', related)).toBe(false);
    expect(isDimmed('fouju', 'fouju', new Set())).toBe(false);
    expect(isDimmed('bruyeres-capex', 'fouju', related)).toBe(true);
  });
});
