import { describe, expect, it } from 'vitest';
import type { Ring } from './geometry-types.ts';
import { polygonAreaKm2, ringAreaKm2, roundLine, roundRing, signedArea } from './ring-math.ts';

const unit: Ring = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];

describe('ring math', () => {
  it('gives counter-clockwise rings a positive area', () => {
    expect(signedArea(unit)).toBe(1);
    expect(signedArea([...unit].reverse())).toBe(-1);
  });

  it('measures a 1° square at the equator as about 12,390 km², and less at 60°N', () => {
    expect(ringAreaKm2(unit)).toBeCloseTo(12_392, -1);
    const north: Ring = unit.map(([x, y]) => [x, y + 60]);
    expect(ringAreaKm2(north) / ringAreaKm2(unit)).toBeCloseTo(0.5, 1);
  });

  it('subtracts holes', () => {
    const hole: Ring = [
      [0.25, 0.25],
      [0.75, 0.25],
      [0.75, 0.75],
      [0.25, 0.75],
      [0.25, 0.25],
    ];
    expect(polygonAreaKm2([unit, hole])).toBeCloseTo(ringAreaKm2(unit) * 0.75, 0);
  });

  it('rounds and removes the duplicates rounding creates', () => {
    expect(
      roundLine(
        [
          [0.0001, 0],
          [0.0002, 0],
          [1.23456, 2],
        ],
        3,
      ),
    ).toEqual([
      [0, 0],
      [1.235, 2],
    ]);
    expect(
      roundRing(
        [
          [0, 0],
          [0.0001, 0],
          [0, 0.0001],
          [0, 0],
        ],
        3,
      ),
    ).toBeNull();
  });
});
