import { describe, expect, it } from 'vitest';
import { createAtlasStore } from '../store/atlas-store';
import { fromUrlState, toUrlState } from './store-fields';
import { DEFAULT_URL_STATE, type UrlState } from './url-state';

describe('store fields', () => {
  it('a fresh store is the default URL state', () => {
    expect(toUrlState(createAtlasStore().getState())).toEqual(DEFAULT_URL_STATE);
  });

  it('site= is the selection and date= the cursor; the rest keep their names', () => {
    const url: UrlState = {
      ...DEFAULT_URL_STATE,
      site: 'essonne',
      date: '2025-02-10',
      theme: 'dark',
      panels: ['map'],
      view: { lat: 48, lon: 2, zoom: 5 },
    };
    const fields = fromUrlState(url);
    expect(fields).toMatchObject({
      selectedId: 'essonne',
      asOf: '2025-02-10',
      theme: 'dark',
      panels: ['map'],
    });
    expect(fields).not.toHaveProperty('site');
    expect(toUrlState(createAtlasStore(fields).getState())).toEqual(url);
  });
});
