import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Atlas } from '../../src/dataset/schema';
import { validateAtlas } from '../../src/dataset/validate';
import { siteStatuses } from '../../src/dataset/vocabulary';
import { synthAtlas } from './synth-atlas';

const real = JSON.parse(readFileSync(new URL('../../data/atlas.json', import.meta.url), 'utf8')) as Atlas;

describe('synthAtlas', () => {
  const atlas = synthAtlas(real, { sites: 400, events: 1000 });

  it('is a valid atlas with the asked counts', () => {
    const result = validateAtlas(atlas);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(atlas.sites).toHaveLength(400);
    expect(atlas.events).toHaveLength(1000);
  });

  it('has every status, every capacity kind, open bounds and nested pledges', () => {
    const statuses = new Set(atlas.sites.flatMap((s) => s.statusHistory.map((c) => c.status)));
    expect([...statuses].sort()).toEqual([...siteStatuses].sort());
    const kinds = new Set(atlas.sites.map((s) => s.figures[0]!.quantity.kind));
    expect([...kinds].sort()).toEqual(['approximate', 'exact', 'lower-bound', 'range']);
    expect(atlas.investments.some((i) => i.partOf !== undefined)).toBe(true);
    expect(atlas.investments.some((i) => i.amount.kind === 'lower-bound' && i.amount.max === null)).toBe(
      true,
    );
    expect(atlas.events.some((e) => e.date.precision === 'range')).toBe(true);
  });

  it('spreads sites over many countries, and is the same for the same seed', () => {
    expect(new Set(atlas.sites.map((s) => s.location.country)).size).toBeGreaterThan(15);
    expect(synthAtlas(real, { sites: 50, events: 10 })).toEqual(synthAtlas(real, { sites: 50, events: 10 }));
  });
});
