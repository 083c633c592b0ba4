import { describe, expect, it } from 'vitest';
import { amountTicks, formatAxisAmount, groupName, investmentsRows } from './investments-layout';
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
    expect(formatAxisAmount(2e10, 'en')).toBe('20bn');
    expect(plain(formatAxisAmount(2e10, 'fr'))).toBe('20 Md');
    expect(formatAxisAmount(5e8, 'en')).toBe('500m');
    expect(formatAxisAmount(0, 'en')).toBe('0');
  });

  it('names countries in the page language and leaves investors as written', () => {
    expect(groupName('SE', 'country', 'en')).toBe('Sweden');
    expect(groupName('SE', 'country', 'fr')).toBe('Suède');
    expect(groupName('Brookfield', 'investor', 'fr')).toBe('Brookfield');
  });
});
