import { describe, expect, it } from 'vitest';
import { niceCeil } from './investments-model';

import {
  day,
  exact,
  atLeast,
  range,
  unspecified,
  inv,
  investments,
  build,
  rowsOf,
  row,
  only,
} from './investments-model.fixtures';

describe('rows and bars', () => {
  it('draws an exact amount from zero to its value', () => {
    expect(row(build(), 'brookfield')).toMatchObject({
      low: 20e9,
      high: 20e9,
      open: false,
      barStart: 0,
      barEnd: 20e9,
    });
  });

  it('draws a range from its min to its max', () => {
    expect(row(build(), 'uae-campus')).toMatchObject({
      kind: 'range',
      low: 30e9,
      high: 50e9,
      barStart: 30e9,
      barEnd: 50e9,
    });
  });

  it('draws an open lower bound to its low, continuing, with the article’s words', () => {
    expect(row(build(), 'fouju')).toMatchObject({
      kind: 'lower-bound',
      low: 2e9,
      high: null,
      open: true,
      continues: true,
      barStart: 0,
      barEnd: 2e9,
      text: 'plusieurs milliards',
    });
  });

  it('gives an unspecified amount a row but no bar', () => {
    expect(row(build(), 'bpi')).toMatchObject({
      low: null,
      high: null,
      barStart: null,
      barEnd: null,
      continues: false,
    });
  });

  it('labels an amount without a stated currency', () => {
    expect(row(build(), 'sweden')).toMatchObject({ unit: 'XXX', currencyStated: false });
    expect(row(build(), 'nvidia')).toMatchObject({ unit: 'USD', kind: 'approximate', currencyStated: true });
  });

  it('names the site of a figure', () => {
    expect(row(build(), 'fouju')).toMatchObject({
      siteId: 'fouju-site',
      siteName: { fr: 'Fouju', en: 'Fouju' },
    });
    expect(row(build(), 'summit')).not.toHaveProperty('siteId');
  });
});

describe('nesting', () => {
  it('draws parts right under their parent, biggest first, one level deep', () => {
    const fr = build().groups.find((group) => group.key === 'FR')!;
    const ids = fr.rows.map((r) => r.id);
    expect(ids.slice(0, 3)).toEqual(['summit', 'uae-campus', 'brookfield']);
    expect(fr.rows.slice(0, 3).map((r) => [r.depth, r.parentId])).toEqual([
      [0, undefined],
      [1, 'summit'],
      [1, 'summit'],
    ]);
  });

  it('orders by the top of a range, unknown amounts last', () => {
    const data = only(inv('u', unspecified), inv('exact', exact(20e9)), inv('wide', range(1e9, 50e9)));
    expect(rowsOf(build({}, data)).map((r) => r.id)).toEqual(['wide', 'exact', 'u']);
  });

  it('keeps parts in their parent’s group even when the investor differs', () => {
    const model = build({ groupBy: 'investor' });
    const france = model.groups.find((group) => group.key === 'France')!;
    expect(france.rows.map((r) => r.id)).toEqual(['summit', 'uae-campus', 'brookfield', 'late']);
    expect(model.groups.map((group) => group.key)).not.toContain('MGX');
  });

  it('lifts a part to the top level when its parent is not yet announced', () => {
    const data = only(
      inv('plan', exact(10e9), { announced: day('2025-03-01') }),
      inv('early', exact(1e9), { partOf: 'plan', announced: day('2025-01-15') }),
    );
    const model = build({ asOf: '2025-02-01' }, data);
    expect(row(model, 'early')).toMatchObject({ depth: 0 });
    expect(row(model, 'early')).not.toHaveProperty('parentId');
    const later = build({ asOf: '2025-03-01' }, data);
    expect(row(later, 'early')).toMatchObject({ depth: 1, parentId: 'plan' });
  });

  it('draws a partOf loop at the top level instead of losing it', () => {
    const model = build(
      {},
      only(inv('a', exact(1e9), { partOf: 'b' }), inv('b', exact(2e9), { partOf: 'a' })),
    );
    expect(rowsOf(model).map((r) => [r.id, r.depth])).toEqual([
      ['b', 0],
      ['a', 0],
    ]);
  });
});

describe('grouping', () => {
  it('groups by country, the biggest group first', () => {
    expect(build().groups.map((group) => [group.key, group.label])).toEqual([
      ['FR', 'FR'],
      ['DE', 'DE'],
      ['SE', 'SE'],
    ]);
  });

  it('groups by investor', () => {
    expect(build({ groupBy: 'investor' }).groups.map((group) => group.key)).toEqual([
      'France',
      'Mistral AI',
      'Nvidia',
      'Bpifrance',
    ]);
  });

  it('has no groups for no investments', () => {
    const model = build({}, only());
    expect(model).toMatchObject({ groups: [], hiddenByCursor: [] });
  });
});

/** Every number anywhere in a value (objects, arrays), by walking it. */
function numbersIn(value: unknown, found: number[] = []): number[] {
  if (typeof value === 'number') found.push(value);
  else if (Array.isArray(value)) for (const item of value) numbersIn(item, found);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) numbersIn(item, found);
  return found;
}

/** Every sum of two or more of `values` (each taken at most once). */
function sumsOfTwoOrMore(values: readonly number[]): Set<number> {
  let sums: { total: number; count: number }[] = [{ total: 0, count: 0 }];
  for (const value of values)
    sums = [...sums, ...sums.map(({ total, count }) => ({ total: total + value, count: count + 1 }))];
  return new Set(sums.filter(({ count }) => count >= 2).map(({ total }) => total));
}

describe('no pledge totals', () => {
  it('exposes the rows, the axis and what the cursor hides: no aggregate', () => {
    expect(Object.keys(build()).sort()).toEqual(['domain', 'groups', 'hiddenByCursor']);
  });

  it('holds no number that is a sum of two or more amounts, whatever the state', () => {
    // One figure per pledge: its high, else its low (the fixture's sums hit no single figure).
    const amounts = investments.flatMap((i) => {
      const a = i.amount;
      const value = a.kind === 'range' || a.kind === 'lower-bound' ? (a.max ?? a.min) : a.value;
      return value === undefined || value === null ? [] : [value];
    });
    const sums = sumsOfTwoOrMore(amounts);
    for (const overrides of [
      {},
      { scale: 'log' as const },
      { groupBy: 'investor' as const },
      { asOf: '2025-06-30' },
      { selectedId: 'summit' },
    ]) {
      const found = numbersIn(build(overrides)).filter((n) => sums.has(n));
      expect(found).toEqual([]);
    }
  });
});

describe('the as-of cursor', () => {
  it('before the first figure, shows nothing and says so', () => {
    const model = build({ asOf: '2024-12-31' });
    expect(model.groups).toEqual([]);
    expect(model.hiddenByCursor).toEqual(investments.map((i) => i.id));
    expect(model.domain).toEqual(build().domain);
  });

  it('after the last figure, shows everything', () => {
    const model = build({ asOf: '2030-01-01' });
    expect(model.hiddenByCursor).toEqual([]);
    expect(rowsOf(model)).toHaveLength(investments.length);
  });

  it('omits figures announced after the cursor from the rows', () => {
    const model = build({ asOf: '2025-06-30' });
    expect(model.hiddenByCursor).toEqual(['sweden', 'bpi', 'late']);
    expect(rowsOf(model).map((r) => r.id)).not.toContain('late');
  });

  it('can keep them as unknown rows', () => {
    const model = build({ asOf: '2025-06-30', includeUnknown: true });
    expect(row(model, 'late').known).toBe(false);
    expect(row(model, 'summit').known).toBe(true);
  });
});

describe('domain and scale', () => {
  it('is linear from zero to a round number past the biggest figure', () => {
    expect(build().domain).toEqual([0, 200e9]);
  });

  it('leaves room for an open bound to continue', () => {
    expect(build({}, only(inv('x', atLeast(2e9)))).domain).toEqual([0, 5e9]);
  });

  it('is log from a decade below the smallest figure, never reaching zero', () => {
    const model = build({ scale: 'log' });
    expect(model.domain).toEqual([1e8, 1e12]);
    expect(row(model, 'brookfield')).toMatchObject({ barStart: 1e8, barEnd: 20e9 });
    expect(row(model, 'uae-campus')).toMatchObject({ barStart: 30e9, barEnd: 50e9 });
  });

  it('keeps a log domain above zero with zero, unspecified or no figures', () => {
    expect(build({ scale: 'log' }, only()).domain).toEqual([1, 10]);
    expect(build({ scale: 'log' }, only(inv('zero', exact(0)), inv('u', unspecified))).domain).toEqual([
      1, 10,
    ]);
    const withZero = build({ scale: 'log' }, only(inv('zero', exact(0)), inv('one', exact(1e9))));
    expect(withZero.domain).toEqual([1e8, 1e9]);
    expect(row(withZero, 'zero')).toMatchObject({ barStart: 1e8, barEnd: 1e8 });
    expect(build({ scale: 'linear' }, only()).domain).toEqual([0, 1]);
  });

  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0, 1, 1.5, 2.2, 3, 7, 10, 109e9].map(niceCeil)).toEqual([1, 1, 2, 2.5, 5, 10, 10, 200e9]);
  });
});

describe('selection and hover', () => {
  it('an empty selection highlights and dims nothing', () => {
    expect(rowsOf(build()).some((r) => r.selected || r.highlighted || r.dimmed)).toBe(false);
  });

  it('selecting a site highlights its figures and dims the rest', () => {
    const model = build({ selectedId: 'fouju-site' });
    expect(row(model, 'fouju')).toMatchObject({ highlighted: true, dimmed: false, selected: false });
    expect(
      rowsOf(model)
        .filter((r) => r.highlighted)
        .map((r) => r.id),
    ).toEqual(['fouju']);
    expect(rowsOf(model).filter((r) => r.dimmed)).toHaveLength(investments.length - 1);
  });

  it('selecting an investment selects it and highlights its parts', () => {
    const model = build({ selectedId: 'summit' });
    expect(row(model, 'summit')).toMatchObject({ selected: true, highlighted: true });
    expect(row(model, 'brookfield')).toMatchObject({ selected: false, highlighted: true, dimmed: false });
    expect(row(model, 'nvidia')).toMatchObject({ highlighted: false, dimmed: true });
  });

  it('selecting an event highlights its investment', () => {
    expect(row(build({ selectedId: 'fouju-event' }), 'fouju').highlighted).toBe(true);
  });

  it('hovering outside the selection highlights but does not undim', () => {
    const model = build({ selectedId: 'summit', hoveredId: 'fouju-site' });
    expect(row(model, 'fouju')).toMatchObject({ highlighted: true, dimmed: true });
  });

  it('hovering a site highlights without dimming', () => {
    const model = build({ hoveredId: 'fouju-site' });
    expect(row(model, 'fouju').highlighted).toBe(true);
    expect(rowsOf(model).some((r) => r.dimmed)).toBe(false);
  });
});
