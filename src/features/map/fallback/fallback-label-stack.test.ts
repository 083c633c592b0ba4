import { describe, expect, it } from 'vitest';
import { overlaps, type Rect } from '../callouts/callout-placement';
import { MAX_STACKED_SITES, stackSiteButtons, type SiteBox } from './fallback-label-stack';

const box = (id: string, left: number, top: number, width = 200, height = 32): SiteBox => ({
  id,
  rect: { left, top, right: left + width, bottom: top + height },
});
const moved = ({ rect }: SiteBox, dy: number): Rect => ({
  ...rect,
  top: rect.top + dy,
  bottom: rect.bottom + dy,
});

describe('stackSiteButtons', () => {
  it('leaves apart sites where they are', () => {
    const shifts = stackSiteButtons([box('a', 0, 0), box('b', 0, 100)], [], 600);
    expect([...shifts.values()]).toEqual([0, 0]);
  });

  it('moves three sites a few pixels apart until no button covers another', () => {
    const sites = [box('ulis', 300, 290), box('essonne', 302, 292), box('fouju', 310, 291, 260, 50)];
    const shifts = stackSiteButtons(sites, [], 800);
    const placed = sites.map((s) => moved(s, shifts.get(s.id)!));
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1))
        expect(overlaps(a, b), `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(false);
    expect(shifts.get('ulis')).toBe(0);
  });

  it('keeps a button off an obstacle such as a pledge callout, inside the map', () => {
    const callout: Rect = { left: 0, top: 90, right: 400, bottom: 140 };
    const shifts = stackSiteButtons([box('a', 100, 100)], [callout], 300);
    const rect = moved(box('a', 100, 100), shifts.get('a')!);
    expect(overlaps(rect, callout)).toBe(false);
    expect(rect.top).toBeGreaterThanOrEqual(0);
    expect(rect.bottom).toBeLessThanOrEqual(300);
  });

  it('leaves a dense cloud of sites alone', () => {
    const cloud = Array.from({ length: MAX_STACKED_SITES + 1 }, (_, i) => box(`s${i}`, 0, 0));
    expect(stackSiteButtons(cloud, [], 600).size).toBe(0);
  });
});
