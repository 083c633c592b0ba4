import { describe, expect, it, vi } from 'vitest';
import { createAtlasStore } from './atlas-store';

describe('atlas store', () => {
  it('starts from defaults merged with the initial state', () => {
    const store = createAtlasStore({ selectedId: 'site-paris', theme: 'dark' });
    expect(store.getState()).toMatchObject({
      selectedId: 'site-paris',
      hoveredId: null,
      theme: 'dark',
      asOf: null,
    });
    expect(store.getState().panels).toEqual(['map', 'timeline', 'investments', 'details']);
  });

  it('selects and hovers through one store', () => {
    const store = createAtlasStore();
    store.getState().select('site-paris');
    store.getState().hover('site-borlange');
    expect(store.getState()).toMatchObject({ selectedId: 'site-paris', hoveredId: 'site-borlange' });
  });

  it('does not notify subscribers when the hovered id does not change', () => {
    const store = createAtlasStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().hover('a');
    store.getState().hover('a');
    store.getState().select(null);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('scrubbing stops playback and moves the cursor in one change', () => {
    const store = createAtlasStore({ asOf: '2025-01-01', playing: true });
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().scrubTo('2025-06-01');
    expect(store.getState()).toMatchObject({ asOf: '2025-06-01', playing: false });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('createAtlasStore: the initial state', () => {
  it('is the initial state zustand hands to server rendering (the prerendered page)', () => {
    const store = createAtlasStore({ table: ['timeline'], selectedId: 'essonne' });
    expect(store.getInitialState()).toMatchObject({ table: ['timeline'], selectedId: 'essonne' });
  });
});
