import { describe, expect, it } from 'vitest';
import { amountTicks, barGeometry, formatAxisAmount, groupName, investmentsRows } from './investments-layout';
import type { InvestmentGroup, InvestmentRow } from './investments-model';
import { plain } from '../../test-utils/plain-text';

describe('investments layout', () => {
  it('puts each group header before its rows', () => {
    const row = (id: string) => ({ id }) as InvestmentRow;
    const groups: InvestmentGroup[] = [
      { key: 'FR', label: 'FR', rows: [row('a'), row('b')] },
      { key: 'SE', label: 'SE', rows: [row('c')] },
    ];
    expect(investmentsRows(groups).map((r) => r.key)).toEqual(['group:FR', 'a', 'b', 'group:SE', 'c']);
  });

  it('ticks round steps on a linear axis and powers of ten on a log axis', () => {
    expect(amountTicks([0, 5e10], 'linear')).toEqual([0, 1e10, 2e10, 3e10, 4e10, 5e10]);
    expect(amountTicks([1e8, 1e11], 'log')).toEqual([1e8, 1e9, 1e10, 1e11]);
  });

  it('writes axis numbers without a currency', () => {
    expect(formatAxisAmount(2e10, 'en')).toBe('20B');
    expect(plain(formatAxisAmount(2e10, 'fr'))).toBe('20 Md');
    expect(formatAxisAmount(5e8, 'en')).toBe('500M');
    expect(formatAxisAmount(2.5e9, 'en')).toBe('2.5B');
    expect(formatAxisAmount(0, 'en')).toBe('0');
  });

  it('names countries in the page language and leaves investors as written', () => {
    expect(groupName('SE', 'country', 'en')).toBe('Sweden');
    expect(groupName('SE', 'country', 'fr')).toBe('Suède');
    expect(groupName('Brookfield', 'investor', 'fr')).toBe('Brookfield');
  });
});

describe('barGeometry', () => {
  // 1 px per unit from x = 100, a 400 px plot: the axis runs 0..400.
  const scale = { x: (v: number) => 100 + v, plot: { x: 100, width: 400 } };
  const texts = { amount: '€20bn', label: 'A pledge', indent: 0 };
  const row = { barStart: 0, barEnd: 100, continues: false, low: 100 };

  it('puts the amount right of a short bar', () => {
    const g = barGeometry(row, texts, scale);
    expect(g.bar).toEqual({ start: 100, end: 200 });
    expect(g.arrow).toBeNull();
    expect(g.amount).toEqual({ x: 206, anchor: 'start', inside: false });
  });

  it('moves the amount inside a bar that reaches the right edge', () => {
    const g = barGeometry({ ...row, barEnd: 390, low: 390 }, texts, scale);
    expect(g.amount).toEqual({ x: 484, anchor: 'end', inside: true });
  });

  it('draws an open bound on to its arrow tip, the amount past the tip', () => {
    const g = barGeometry({ ...row, barEnd: 100, low: 100, continues: true }, texts, scale);
    expect(g.arrow).toEqual({ from: 200, tip: 250 });
    expect(g.amount.x).toBe(256);
  });

  it('gives an amount with no number no bar, its text at the indent', () => {
    const g = barGeometry(
      { barStart: null, barEnd: null, continues: false, low: null },
      { ...texts, indent: 14 },
      scale,
    );
    expect(g.bar).toBeNull();
    expect(g.amount).toEqual({ x: 114, anchor: 'start', inside: false });
  });

  it('cuts a long label to the plot width minus the indent', () => {
    const label = 'x'.repeat(100);
    const g = barGeometry(row, { ...texts, label, indent: 14 }, scale);
    expect(g.label.endsWith('…')).toBe(true);
    expect(g.label.length).toBeLessThan(label.length);
    expect(barGeometry(row, texts, scale).label).toBe('A pledge');
  });
});
