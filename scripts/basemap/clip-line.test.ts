import { describe, expect, it } from 'vitest';
import { clipLine } from './clip-line.ts';
import type { Bbox } from './geometry-types.ts';

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
