import { describe, expect, it } from 'vitest';
import { clipLineOnSphere, clipRingOnSphere, maxLongitudeJump, unwrapRing } from './antimeridian.ts';
import { clipRing } from './box-clip.ts';
import { EUROPE_BBOX } from './geometry-types.ts';
import type { Ring } from './geometry-types.ts';

// Shaped like Natural Earth's Russia: from Europe east across 180° to Chukotka and back.
const acrossDateLine: Ring = [
  [30, 55],
  [179, 55],
  [-175, 55],
  [-175, 65],
  [179, 65],
  [30, 65],
  [30, 55],
];

describe('antimeridian handling', () => {
  it('measures the jump', () => {
    expect(maxLongitudeJump(acrossDateLine)).toBe(354);
  });

  it('is the trap: a plain planar clip draws a band across the whole box', () => {
    const naive = clipRing(acrossDateLine, EUROPE_BBOX) as Ring;
    expect(Math.min(...naive.map(([x]) => x))).toBe(EUROPE_BBOX.west);
  });

  it('unwraps longitudes so that the ring is continuous', () => {
    expect(maxLongitudeJump(unwrapRing(acrossDateLine) as Ring)).toBeLessThan(180);
  });

  it('clips an unwrapped ring to just its European part', () => {
    const clipped = clipRingOnSphere(acrossDateLine, EUROPE_BBOX);
    expect(clipped).toHaveLength(1);
    const xs = (clipped[0] as Ring).map(([x]) => x);
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([30, 45]);
  });

  it('finds the European part even when the ring starts on the far side of 180°', () => {
    const fromChukotka: Ring = [
      [-175, 55],
      [-175, 65],
      [179, 65],
      [30, 65],
      [30, 55],
      [179, 55],
      [-175, 55],
    ];
    const xs = clipRingOnSphere(fromChukotka, EUROPE_BBOX).flatMap((ring) => ring.map(([x]) => x));
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([30, 45]);
  });

  it('drops a ring that winds around the pole', () => {
    expect(
      unwrapRing([
        [-180, -80],
        [0, -80],
        [180, -80],
        [180, -90],
        [-180, -90],
        [-180, -80],
      ]),
    ).toBeNull();
  });

  it('cuts lines where they jump instead of drawing across the box', () => {
    expect(
      clipLineOnSphere(
        [
          [179, 60],
          [-179, 60],
        ],
        EUROPE_BBOX,
      ),
    ).toEqual([]);
    expect(
      clipLineOnSphere(
        [
          [10, 60],
          [20, 60],
          [179, 60],
          [-179, 61],
        ],
        EUROPE_BBOX,
      ),
    ).toEqual([
      [
        [10, 60],
        [20, 60],
        [45, 60],
      ],
    ]);
  });
});
