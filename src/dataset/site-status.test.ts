import { describe, expect, it } from 'vitest';
import { buildAtlasModel } from './model';
import { sampleAtlas } from './sample-atlas';
import {
  isActive,
  selectSelectedSite,
  siteStatusAsOf,
  statusChangeAsOf,
  statusChangesAt,
  knownSitesAt,
} from './site-status';

const model = buildAtlasModel(sampleAtlas());
const paris = model.sitesById.get('site-paris')!;

describe('selectors', () => {
  it('finds the selected site, or null for an unknown or empty selection', () => {
    expect(selectSelectedSite({ selectedId: 'site-paris' }, model)?.id).toBe('site-paris');
    expect(selectSelectedSite({ selectedId: 'nope' }, model)).toBeNull();
    expect(selectSelectedSite({ selectedId: null }, model)).toBeNull();
  });

  it('gives a site no status before its announcement and its status after', () => {
    expect(siteStatusAsOf(paris, '2025-02-08')).toBeNull();
    expect(siteStatusAsOf(paris, '2025-02-09')).toBe('announced');
    expect(siteStatusAsOf(paris, null)).toBe('announced');
  });

  it('never takes a forecast for the current status', () => {
    const site = {
      ...paris,
      statusHistory: [
        ...paris.statusHistory,
        {
          status: 'operational' as const,
          forecast: true,
          date: {
            start: '2025-03',
            end: '2025-12',
            precision: 'range' as const,
            certainty: 'inferred' as const,
          },
          citations: [],
          external: [],
        },
      ],
    };
    expect(siteStatusAsOf(site, '2026-01-01')).toBe('announced');
    expect(siteStatusAsOf(site, null, '2030-01-01')).toBe('announced');
  });

  it('gives the status change in force, with its date, for "since …" labels', () => {
    expect(statusChangeAsOf(paris, '2025-03-01')?.date.start).toBe('2025-02-09');
    expect(statusChangeAsOf(paris, '2025-02-08')).toBeNull();
  });

  it('knows a month- or year-dated change from its first day', () => {
    const borlange = model.sitesById.get('site-borlange')!;
    expect(siteStatusAsOf(borlange, '2026-01-31')).toBeNull();
    expect(siteStatusAsOf(borlange, '2026-02-01')).toBe('planned');
  });

  it('reads "no cursor" as today', () => {
    expect(siteStatusAsOf(paris, null, '2025-01-01')).toBeNull();
    expect(siteStatusAsOf(paris, null, '2025-02-10')).toBe('announced');
  });

  it('hides sites not yet known at the cursor', () => {
    expect(knownSitesAt(model.atlas.sites, null).map((s) => s.id)).toEqual(['site-paris', 'site-borlange']);
    expect(knownSitesAt(model.atlas.sites, '2025-03-01').map((s) => s.id)).toEqual(['site-paris']);
    expect(knownSitesAt(model.atlas.sites, '2024-01-01')).toEqual([]);
  });

  it('treats selected and hovered ids as active', () => {
    expect(isActive('a', { selectedId: 'a', hoveredId: null })).toBe(true);
    expect(isActive('a', { selectedId: null, hoveredId: 'a' })).toBe(true);
    expect(isActive('a', { selectedId: 'b', hoveredId: 'c' })).toBe(false);
  });
});

describe('statusChangesAt', () => {
  const sites = model.atlas.sites;
  it('answers as statusChangeAsOf does for every site, and knownSitesAt keeps those with a status', () => {
    for (const asOf of [null, '2025-01-01', '2025-03-01', '2026-06']) {
      const changes = statusChangesAt(sites, asOf, '2026-12-01');
      for (const site of sites) expect(changes.get(site)).toBe(statusChangeAsOf(site, asOf, '2026-12-01'));
      expect(knownSitesAt(sites, asOf, '2026-12-01')).toEqual(
        sites.filter((site) => statusChangeAsOf(site, asOf, '2026-12-01') !== null),
      );
    }
    expect(knownSitesAt(sites, '2025-03-01', '2026-12-01').map((site) => site.id)).toEqual(['site-paris']);
  });

  it('works a cursor out once: the same answers for the same cursor and day, new ones for another', () => {
    const first = statusChangesAt(sites, '2025-03-01', '2026-12-01');
    expect(statusChangesAt(sites, '2025-03-01', '2026-12-01')).toBe(first);
    expect(statusChangesAt(sites, '2025-04-01', '2026-12-01')).not.toBe(first);
    expect(statusChangesAt(sites, null, '2026-12-01')).not.toBe(statusChangesAt(sites, null, '2026-12-02'));
  });

  it('remembers the last few cursors, so that a view a step behind the slider does not recompute', () => {
    const day = '2026-12-01';
    const march = statusChangesAt(sites, '2025-03-01', day);
    const april = statusChangesAt(sites, '2025-04-01', day);
    expect(statusChangesAt(sites, '2025-03-01', day)).toBe(march);
    expect(knownSitesAt(sites, '2025-04-01', day)).toBe(knownSitesAt(sites, '2025-04-01', day));
    // No cursor is today: one answer for both spellings.
    expect(statusChangesAt(sites, null, day)).toBe(statusChangesAt(sites, day, day));
    for (const month of ['05', '06', '07', '08']) statusChangesAt(sites, `2025-${month}-01`, day);
    expect(statusChangesAt(sites, '2025-04-01', day)).not.toBe(april);
  });
});
