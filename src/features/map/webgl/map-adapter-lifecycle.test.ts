/**
 * The adapter's handlers and lifecycle against a mocked maplibre: clicks, hovers, readiness, a lost
 * context, the camera, the test handle, a failing basemap and the export's canvas capture.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setup } from './map-adapter.harness';

vi.mock('maplibre-gl', async () => (await import('../../../test-utils/fake-maplibre')).fakeMaplibre);

beforeEach(() => vi.clearAllMocks());

describe('createMapAdapter: handlers and lifecycle', () => {
  const click = (target: unknown) => ({ point: { x: 10, y: 10 }, originalEvent: { target } });

  it('selects the clicked site, clears on empty map, and zooms into a clicked cluster', async () => {
    const { map, onSelect } = setup();
    map.rendered = [{ layer: { id: 'sites-icon' }, properties: { id: 'site-borlange' } }];
    map.fire('click', click(map.canvas));
    expect(onSelect).toHaveBeenLastCalledWith('site-borlange');
    map.rendered = [];
    map.fire('click', click(map.canvas));
    expect(onSelect).toHaveBeenLastCalledWith(null);
    map.rendered = [
      {
        layer: { id: 'sites-cluster' },
        properties: { cluster_id: 3 },
        geometry: { type: 'Point', coordinates: [5, 45] },
      },
    ];
    onSelect.mockClear();
    map.fire('click', click(map.canvas));
    await vi.waitFor(() => expect(map.easeTo).toHaveBeenCalled());
    expect(map.source.getClusterExpansionZoom).toHaveBeenCalledWith(3);
    expect(map.easeTo.mock.calls[0]![0]).toMatchObject({ center: [5, 45], zoom: 7 });
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('ignores clicks that land on a callout or control rather than the canvas', () => {
    const { map, onSelect } = setup();
    map.fire('click', click({}));
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('reports the hovered site once per change', () => {
    const { map, onHover } = setup();
    map.rendered = [{ layer: { id: 'sites-icon' }, properties: { id: 'site-paris' } }];
    map.fire('mousemove', { point: { x: 1, y: 1 } });
    expect(onHover).toHaveBeenCalledWith('site-paris');
    expect(map.canvas.style.cursor).toBe('pointer');
  });

  it('is ready once, on the first idle', () => {
    const { map, onReady } = setup();
    map.fire('idle');
    map.fire('idle');
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  it('reports a lost context, and puts feature state back after a restore', () => {
    const { map, onContextLost, onContextRestored } = setup({ selectedId: 'site-paris' });
    map.fire('webglcontextlost');
    expect(onContextLost).toHaveBeenCalled();
    map.setFeatureState.mockClear();
    map.fire('webglcontextrestored');
    expect(onContextRestored).toHaveBeenCalled();
    map.fire('idle');
    expect(map.setFeatureState).toHaveBeenCalledWith(
      { source: 'sites', id: 'site-paris' },
      { selected: true },
    );
  });

  it('brings a point into view only when it is outside, without animation when asked', () => {
    const { adapter, map } = setup();
    map.fire('idle');
    map.projected = { x: 400, y: 300 };
    map.rendered = [{ layer: { id: 'sites-icon' }, properties: { id: 'site-paris' } }];
    adapter.reveal([2.35, 48.85], 'site-paris', true);
    expect(map.easeTo).not.toHaveBeenCalled();
    map.projected = { x: 900, y: 300 };
    adapter.reveal([2.35, 48.85], 'site-paris', false);
    expect(map.easeTo).toHaveBeenCalledWith(expect.objectContaining({ center: [2.35, 48.85], duration: 0 }));
  });

  it('zooms past the clusters when the selected site is inside one', () => {
    const { adapter, map } = setup();
    map.fire('idle');
    map.projected = { x: 400, y: 300 };
    map.rendered = [{ layer: { id: 'sites-cluster' }, properties: { cluster_id: 1 } }];
    adapter.reveal([2.35, 48.85], 'site-paris', true);
    expect(map.easeTo).toHaveBeenCalledWith(expect.objectContaining({ zoom: 9, duration: 700 }));
  });

  it('lands a revealed site clear of the open legend, and takes a site under it for one out of view', () => {
    const { adapter, map, overlays } = setup();
    map.fire('idle');
    // The 800 × 600 frame with a 300 px wide legend down its left side.
    overlays.push({ left: 10, top: 10, right: 300, bottom: 320 });
    map.projected = { x: 400, y: 300 };
    map.rendered = [{ layer: { id: 'sites-cluster' }, properties: { cluster_id: 1 } }];
    adapter.reveal([2.35, 48.85], 'site-paris', false);
    expect(map.easeTo).toHaveBeenLastCalledWith(expect.objectContaining({ zoom: 9, offset: [150, 0] }));
    map.easeTo.mockClear();
    map.projected = { x: 200, y: 300 };
    map.rendered = [{ layer: { id: 'sites-icon' }, properties: { id: 'site-paris' } }];
    adapter.reveal([2.35, 48.85], 'site-paris', false);
    expect(map.easeTo).toHaveBeenCalledWith(
      expect.objectContaining({ center: [2.35, 48.85], offset: [150, 0] }),
    );
  });

  it('looks again once a site out of view is in view, and zooms past the cluster it is in there', () => {
    const { adapter, map } = setup();
    map.fire('idle');
    map.projected = { x: 900, y: 300 };
    adapter.reveal([2.35, 48.85], 'site-paris', false);
    expect(map.easeTo).toHaveBeenLastCalledWith(expect.objectContaining({ zoom: 4 }));
    map.projected = { x: 400, y: 300 };
    map.rendered = [{ layer: { id: 'sites-cluster' }, properties: { cluster_id: 1 } }];
    map.fire('idle');
    expect(map.easeTo).toHaveBeenLastCalledWith(expect.objectContaining({ center: [2.35, 48.85], zoom: 9 }));
    // Once only: a later idle does not move the camera again.
    map.easeTo.mockClear();
    map.fire('idle');
    expect(map.easeTo).not.toHaveBeenCalled();
  });

  it('waits for a box with a size before deciding what is in view', () => {
    const { adapter, map } = setup();
    map.fire('idle');
    map.getContainer = () => ({ clientWidth: 0, clientHeight: 0 });
    map.projected = { x: 900, y: 300 };
    adapter.reveal([2.35, 48.85], 'site-paris', false);
    expect(map.easeTo).not.toHaveBeenCalled();
    map.getContainer = () => ({ clientWidth: 800, clientHeight: 600 });
    map.projected = { x: 400, y: 300 };
    map.rendered = [{ layer: { id: 'sites-cluster' }, properties: { cluster_id: 1 } }];
    map.fire('resize');
    expect(map.easeTo).toHaveBeenLastCalledWith(expect.objectContaining({ center: [2.35, 48.85], zoom: 9 }));
  });

  it('puts the starting view again once a map created in a box with no size gets one', () => {
    const box = { clientWidth: 0, clientHeight: 0 };
    const { map } = setup({}, true, box);
    map.fire('resize');
    expect(map.fitBounds).not.toHaveBeenCalled();
    Object.assign(box, { clientWidth: 915, clientHeight: 610 });
    map.fire('resize');
    expect(map.fitBounds).toHaveBeenCalledTimes(1);
    expect(map.fitBounds.mock.calls[0]![2]).toEqual({ atlasOrigin: 'store' });
    // Once: a later resize keeps the visitor's camera.
    map.fire('resize');
    expect(map.fitBounds).toHaveBeenCalledTimes(1);
  });

  it('leaves the camera alone on a resize when the box had its size from the start', () => {
    const { map } = setup();
    map.fire('resize');
    expect(map.fitBounds).not.toHaveBeenCalled();
  });

  it('takes a spot with nothing drawn yet for unknown, not for a cluster: it looks again once drawn', () => {
    const { adapter, map } = setup();
    map.fire('idle');
    map.projected = { x: 400, y: 300 };
    map.rendered = [];
    adapter.reveal([15.44, 60.49], 'site-borlange', false);
    expect(map.easeTo).not.toHaveBeenCalled();
    map.rendered = [{ layer: { id: 'sites-icon' }, properties: { id: 'site-borlange' } }];
    map.fire('idle');
    expect(map.easeTo).not.toHaveBeenCalled();
  });

  it('keeps looking while nothing is drawn there (the sites still on their way), a few times at most', () => {
    const { adapter, map } = setup();
    map.fire('idle');
    map.projected = { x: 400, y: 300 };
    map.rendered = [];
    adapter.reveal([2.35, 48.85], 'site-paris', false);
    // Two idles go by before the sites' source is drawn (its data set after the map was ready).
    map.fire('idle');
    map.fire('idle');
    expect(map.easeTo).not.toHaveBeenCalled();
    map.rendered = [{ layer: { id: 'sites-cluster' }, properties: { cluster_id: 1 } }];
    map.fire('idle');
    expect(map.easeTo).toHaveBeenLastCalledWith(expect.objectContaining({ center: [2.35, 48.85], zoom: 9 }));
    // A site never drawn (hidden at the time cursor) is not waited for forever.
    map.easeTo.mockClear();
    map.rendered = [];
    adapter.reveal([15.44, 60.49], 'site-borlange', false);
    for (let i = 0; i < 10; i += 1) map.fire('idle');
    map.rendered = [{ layer: { id: 'sites-cluster' }, properties: { cluster_id: 2 } }];
    map.fire('idle');
    expect(map.easeTo).not.toHaveBeenCalled();
  });

  it('looks again after bringing a site into view, even when the first look there finds nothing drawn', () => {
    const { adapter, map } = setup();
    map.fire('idle');
    map.projected = { x: 900, y: 300 };
    adapter.reveal([2.35, 48.85], 'site-paris', false);
    expect(map.easeTo).toHaveBeenLastCalledWith(expect.objectContaining({ zoom: 4 }));
    map.projected = { x: 400, y: 300 };
    map.rendered = [];
    map.fire('idle');
    map.rendered = [{ layer: { id: 'sites-cluster' }, properties: { cluster_id: 1 } }];
    map.fire('idle');
    expect(map.easeTo).toHaveBeenLastCalledWith(expect.objectContaining({ center: [2.35, 48.85], zoom: 9 }));
  });

  it('reports where the camera settled, except after a move the store asked for', () => {
    const { adapter, map, onViewChange } = setup();
    map.fire('moveend', {});
    expect(onViewChange).toHaveBeenCalledWith({ lat: 50, lon: 10, zoom: 4 });
    onViewChange.mockClear();
    adapter.setView({ lat: 48, lon: 2, zoom: 6 });
    expect(map.jumpTo).toHaveBeenCalledWith({ center: [2, 48], zoom: 6 }, { atlasOrigin: 'store' });
    map.fire('moveend', { atlasOrigin: 'store' });
    expect(onViewChange).not.toHaveBeenCalled();
  });

  it('removes the map when destroyed', () => {
    const { adapter, map } = setup();
    adapter.destroy();
    expect(map.remove).toHaveBeenCalled();
  });
});

describe('createMapAdapter: a basemap that fails to load', () => {
  it('calls onBasemapError for each basemap source, and only for them', () => {
    const { map, onBasemapError } = setup();
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failure = new Error('Failed to fetch (500)');
    map.fire('error', { error: failure, sourceId: 'countries' });
    expect(onBasemapError).toHaveBeenCalledTimes(1);
    // Still logged: the listener replaces maplibre's own console.error.
    expect(log).toHaveBeenCalledWith(failure);
    map.fire('error', { error: failure, sourceId: 'borders' });
    map.fire('error', { error: failure, sourceId: 'labels' });
    expect(onBasemapError).toHaveBeenCalledTimes(3);
    // The sites' own source, a style error with no source, an image: not the basemap.
    map.fire('error', { error: failure, sourceId: 'sites' });
    map.fire('error', { error: failure });
    map.fire('error', { error: new Error('image'), sourceId: undefined });
    expect(onBasemapError).toHaveBeenCalledTimes(3);
    expect(log).toHaveBeenCalledTimes(6);
    log.mockRestore();
  });
});

describe('createMapAdapter: captureCanvas (export)', () => {
  it('repaints, copies the canvas inside each render and resolves with the copy once idle', async () => {
    const drawImage = vi.fn();
    // The node test environment has no DOM: the copy is a stand-in canvas.
    const stand = { width: 0, height: 0, getContext: () => ({ drawImage }) };
    vi.stubGlobal('document', { createElement: vi.fn(() => stand) });
    const { adapter, map } = setup();
    Object.assign(map.canvas, { width: 640, height: 480 });
    let settled = false;
    const capture = adapter.captureCanvas().then((copy) => {
      settled = true;
      return copy;
    });
    expect(map.triggerRepaint).toHaveBeenCalled();
    map.fire('render');
    await Promise.resolve();
    expect(settled).toBe(false);
    map.fire('render');
    map.fire('idle');
    const copy = await capture;
    expect(drawImage).toHaveBeenCalledTimes(2);
    expect(drawImage).toHaveBeenCalledWith(map.canvas, 0, 0);
    expect([copy.width, copy.height]).toEqual([640, 480]);
    // Done listening: a later frame copies nothing.
    map.fire('render');
    expect(drawImage).toHaveBeenCalledTimes(2);
    vi.unstubAllGlobals();
  });
});
