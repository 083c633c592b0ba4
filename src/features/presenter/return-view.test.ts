import { describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../store/atlas-store';
import { enterPresenter, leavePresenter } from './return-view';

describe('enterPresenter and leavePresenter', () => {
  it('stop playback on the way in and give back the view from before on the way out', () => {
    const store = createAtlasStore({});
    store.setState({
      selectedId: 'borlange',
      asOf: '2025-06-01',
      view: { lat: 52, lon: 12, zoom: 4.2 },
      playing: true,
      table: ['investments'],
    });
    enterPresenter(store);
    expect(store.getState()).toMatchObject({ present: 1, playing: false });

    // The steps move everything, and the timeline may be played on the stage.
    store.setState({
      selectedId: 'essonne',
      asOf: '2025-02-11',
      view: { lat: 48, lon: 2, zoom: 6 },
      playing: true,
    });
    leavePresenter(store);
    expect(store.getState()).toMatchObject({
      present: null,
      playing: false,
      selectedId: 'borlange',
      asOf: '2025-06-01',
      view: { lat: 52, lon: 12, zoom: 4.2 },
      table: ['investments'],
    });
  });

  it('leaves a presentation opened from a link on its last step', () => {
    const store = createAtlasStore({});
    store.setState({ present: 3, selectedId: 'essonne', playing: true });
    leavePresenter(store);
    expect(store.getState()).toMatchObject({ present: null, selectedId: 'essonne', playing: false });
  });
});
