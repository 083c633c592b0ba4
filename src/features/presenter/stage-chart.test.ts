import { describe, expect, it } from 'vitest';
import { citedFirst, rowsThatFit } from './stage-chart';

describe('stage chart', () => {
  it('shows as many rows as fit the box, never more than there are, at least one', () => {
    expect(rowsThatFit(360, 36, 20)).toBe(10);
    expect(rowsThatFit(359, 36, 20)).toBe(9);
    expect(rowsThatFit(360, 36, 4)).toBe(4);
    expect(rowsThatFit(10, 36, 4)).toBe(1);
  });

  it('before the box is measured, shows a few rows rather than none', () => {
    expect(rowsThatFit(0, 36, 20)).toBe(3);
  });

  it('puts the cited rows first, each group in its own order', () => {
    const rows = [
      { id: 'a', cited: false },
      { id: 'b', cited: true },
      { id: 'c', cited: false },
      { id: 'd', cited: true },
    ];
    expect(citedFirst(rows).map((r) => r.id)).toEqual(['b', 'd', 'a', 'c']);
  });
});
