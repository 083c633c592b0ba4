import { describe, expect, it } from 'vitest';
import { buildAtlasModel } from '../dataset/model';
import { sampleAtlas } from '../dataset/sample-atlas';
import { isActive, selectSelectedSite, selectVisibleSites, siteStatusAsOf } from './selectors';

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

  it('hides sites not yet known at the cursor', () => {
    expect(selectVisibleSites({ asOf: null }, model).map((s) => s.id)).toEqual([
      'site-paris',
      'site-borlange',
    ]);
    expect(selectVisibleSites({ asOf: '2025-03-01' }, model).map((s) => s.id)).toEqual(['site-paris']);
    expect(selectVisibleSites({ asOf: '2024-01-01' }, model)).toEqual([]);
  });

  it('treats selected and hovered ids as active', () => {
    expect(isActive('a', { selectedId: 'a', hoveredId: null })).toBe(true);
    expect(isActive('a', { selectedId: null, hoveredId: 'a' })).toBe(true);
    expect(isActive('a', { selectedId: 'b', hoveredId: 'c' })).toBe(false);
  });
});
