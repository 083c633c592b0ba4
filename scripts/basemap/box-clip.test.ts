import { describe, expect, it } from 'vitest';
import { clipLine, clipRing } from './box-clip.ts';
import type { Bbox, Ring } from './geometry-types.ts';
import { signedArea } from './ring-math.ts';

const box: Bbox = { west: 0, south: 0, east: 10, north: 10 };

describe('clipLine', () => {
  it('keeps a line inside the box', () => {
    expect(
      clipLine(
        [
          [1, 1],
          [2, 2],
          [3, 1],
        ],
        box,
      ),
    ).toEqual([
      [
        [1, 1],
        [2, 2],
        [3, 1],
      ],
    ]);
  });

  it('drops a line outside the box', () => {
    expect(
      clipLine(
        [
          [11, 1],
          [12, 2],
        ],
        box,
      ),
    ).toEqual([]);
  });

  it('cuts a segment crossing the box at both sides', () => {
    expect(
      clipLine(
        [
          [-5, 5],
          [15, 5],
        ],
        box,
      ),
    ).toEqual([
      [
        [0, 5],
        [10, 5],
      ],
    ]);
  });

  it('splits a line that leaves and comes back into two', () => {
    expect(
      clipLine(
        [
          [5, 5],
          [15, 5],
          [15, 7],
          [5, 7],
        ],
        box,
      ),
    ).toEqual([
      [
        [5, 5],
        [10, 5],
      ],
      [
        [10, 7],
        [5, 7],
      ],
    ]);
  });

  it('starts a new line when the segment after an exit comes straight back in', () => {
    expect(
      clipLine(
        [
          [5, 5],
          [15, 5],
          [5, 7],
        ],
        box,
      ),
    ).toEqual([
      [
        [5, 5],
        [10, 5],
      ],
      [
        [10, 6],
        [5, 7],
      ],
    ]);
  });
});

describe('clipRing', () => {
  it('leaves a ring inside the box as it is', () => {
    const ring: Ring = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ];
    expect(clipRing(ring, box)).toEqual(ring);
  });

  it('returns null for a ring outside the box', () => {
    expect(
      clipRing(
        [
          [20, 20],
          [21, 20],
          [21, 21],
          [20, 20],
        ],
        box,
      ),
    ).toBeNull();
  });

  it('cuts a ring that straddles a side, with the crossing points on that side', () => {
    const clipped = clipRing(
      [
        [5, 2],
        [15, 2],
        [15, 4],
        [5, 4],
        [5, 2],
      ],
      box,
    ) as Ring;
    expect(clipped).toEqual([
      [5, 2],
      [10, 2],
      [10, 4],
      [5, 4],
      [5, 2],
    ]);
  });

  it('returns the box itself for a ring that encloses it', () => {
    const clipped = clipRing(
      [
        [-5, -5],
        [15, -5],
        [15, 15],
        [-5, 15],
        [-5, -5],
      ],
      box,
    ) as Ring;
    expect(Math.abs(signedArea(clipped))).toBe(100);
  });

  it('keeps the area of a concave ring that leaves and re-enters the box', () => {
    // A U opening to the east, its two arms cut by the east side.
    const u: Ring = [
      [2, 2],
      [14, 2],
      [14, 4],
      [6, 4],
      [6, 6],
      [14, 6],
      [14, 8],
      [2, 8],
      [2, 2],
    ];
    const clipped = clipRing(u, box) as Ring;
    expect(Math.abs(signedArea(clipped))).toBe(8 * 6 - 4 * 2);
    expect(clipped.every(([x, y]) => x >= 0 && x <= 10 && y >= 0 && y <= 10)).toBe(true);
  });
});
