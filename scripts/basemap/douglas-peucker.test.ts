import { describe, expect, it } from 'vitest';
import { simplifyLine } from './douglas-peucker.ts';

describe('simplifyLine', () => {
  it('drops points within tolerance of the chord and keeps both ends', () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [1, 0.001],
          [2, 0],
          [3, 0],
        ],
        0.01,
      ),
    ).toEqual([
      [0, 0],
      [3, 0],
    ]);
  });

  it('keeps a point farther than the tolerance', () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [1, 0.5],
          [2, 0],
        ],
        0.01,
      ),
    ).toEqual([
      [0, 0],
      [1, 0.5],
      [2, 0],
    ]);
  });

  it('keeps the shape of a closed arc (an island) whose chord has zero length', () => {
    const square: Array<[number, number]> = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    expect(simplifyLine(square, 0.01)).toEqual(square);
  });
});
