/**
 * The adapter against a mocked maplibre: the style it builds once, the handlers it registers, and
 * the narrow calls a prop change makes (a hover is two setFeatureState calls, never a setStyle).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleAtlas } from '../../dataset/sample-atlas';
import { siteStatusAsOf } from '../../dataset/site-status';
import type { MapPalette } from './map-palette';
import { toSiteFeatures } from './site-features';

type Handler = (event: unknown) => void;

const mock = vi.hoisted(() => {
  class FakeMap {
    static last: FakeMap;
    options: Record<string, unknown>;
    handlers = new Map<string, Handler[]>();
    onceHandlers = new Map<string, Handler[]>();
    canvas = {
      style: {} as Record<string, string>,
      setAttribute: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    };
    source = { setData: vi.fn(), getClusterExpansionZoom: vi.fn(async () => 7) };
    rendered: unknown[] = [];
    projected = { x: 100, y: 100 };
    setStyle = vi.fn();
    setFeatureState = vi.fn();
    setPaintProperty = vi.fn();
    setLayoutProperty = vi.fn();
    setFilter = vi.fn();
    addImage = vi.fn();
    addControl = vi.fn();
    easeTo = vi.fn();
    jumpTo = vi.fn();
    fitBounds = vi.fn();
    remove = vi.fn();
    touchZoomRotate = { disableRotation: vi.fn() };
    keyboard = { disableRotation: vi.fn() };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      FakeMap.last = this;
    }
    on(type: string, handler: Handler) {
      this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
      return this;
    }
    off(type: string, handler: Handler) {
      this.handlers.set(
        type,
        (this.handlers.get(type) ?? []).filter((h) => h !== handler),
      );
      return this;
    }
    triggerRepaint = vi.fn();
    getPixelRatio = () => 1;
    setPixelRatio = vi.fn();
    once(type: string, handler: Handler) {
      this.onceHandlers.set(type, [...(this.onceHandlers.get(type) ?? []), handler]);
      return this;
    }
    fire(type: string, event: unknown = {}) {
      for (const handler of this.handlers.get(type) ?? []) handler(event);
      const once = this.onceHandlers.get(type) ?? [];
      this.onceHandlers.delete(type);
      for (const handler of once) handler(event);
    }
    getSource = vi.fn(() => this.source);
    getCanvas = () => this.canvas;
    getContainer = () => ({ clientWidth: 800, clientHeight: 600 });
    getZoom = () => 4;
    getCenter = () => ({ lng: 10, lat: 50 });
    project = vi.fn(() => this.projected);
    queryRenderedFeatures = vi.fn(() => this.rendered);
    getFeatureState = vi.fn(() => ({}));
  }
  return {
    FakeMap,
    Marker: vi.fn(),
    AttributionControl: vi.fn(),
    setWorkerUrl: vi.fn(),
  };
});

vi.mock('maplibre-gl', () => ({
  Map: mock.FakeMap,
  Marker: mock.Marker,
  AttributionControl: mock.AttributionControl,
  setWorkerUrl: mock.setWorkerUrl,
}));

const { createMapAdapter } = await import('./map-adapter');
type Props = Parameters<typeof createMapAdapter>[0]['initial'];

const palette = (sea: string): MapPalette => ({
  sea,
  land: '#f7f4ec',
  border: '#a9a396',
  label: '#59606b',
  halo: '#ffffff',
  ink: '#1b1f24',
  surface: '#ffffff',
  selected: '#2f4ac0',
  accent: '#2f4ac0',
  accentInk: '#ffffff',
  announced: '#c2410c',
  planned: '#6d28d9',
  underConstruction: '#a16207',
  operational: '#15803d',
});

const sites = toSiteFeatures(sampleAtlas().sites, 'en', (site) => siteStatusAsOf(site, null));
const initial: Props = {
  sites,
  pledgeCountries: [],
  selectedCountry: null,
  selectedId: null,
  hoveredId: null,
  palette: palette('#dbe7ef'),
  lang: 'en',
  label: 'Map',
};

function setup(props: Partial<Props> = {}, exposeTestHandle = true) {
  const callbacks = {
    onSelect: vi.fn(),
    onHover: vi.fn(),
    onReady: vi.fn(),
    onContextLost: vi.fn(),
    onContextRestored: vi.fn(),
    onMoving: vi.fn(),
    onViewChange: vi.fn(),
    onBasemapError: vi.fn(),
  };
  const container = {} as HTMLElement & { __atlasMap?: unknown };
  const adapter = createMapAdapter({
    container,
    initialView: null,
    basemapUrl: 'http://localhost/app/basemap/',
    attribution: 'Natural Earth',
    initial: { ...initial, ...props },
    exposeTestHandle,
    ...callbacks,
  });
  const map = mock.FakeMap.last;
  const clearCalls = () => {
    for (const fn of [
      map.setFeatureState,
      map.setPaintProperty,
      map.setLayoutProperty,
      map.setFilter,
      map.source.setData,
    ]) {
      fn.mockClear();
    }
  };
  return { adapter, map, container, clearCalls, ...callbacks };
}

beforeEach(() => vi.clearAllMocks());

describe('createMapAdapter: the style, built once', () => {
  it('serves basemap, font and sites from our origin, with clustered sites keyed by id', () => {
    const { map } = setup();
    const style = map.options.style as {
      sources: Record<string, Record<string, unknown>>;
      layers: { id: string; source?: string; layout?: Record<string, unknown> }[];
      glyphs?: string;
      'font-faces': Record<string, { url: string }[]>;
    };
    expect(style.glyphs).toBeUndefined();
    expect(style.sources.countries).toMatchObject({
      data: 'http://localhost/app/basemap/countries.geojson',
      attribution: 'Natural Earth',
    });
    expect(style.sources.borders!.data).toBe('http://localhost/app/basemap/borders.geojson');
    expect(style.sources.labels!.data).toBe('http://localhost/app/basemap/labels.geojson');
    expect(style.sources.sites).toMatchObject({
      type: 'geojson',
      data: sites,
      promoteId: 'id',
      cluster: true,
    });
    const fontUrls = Object.values(style['font-faces'])
      .flat()
      .map((face) => face.url);
    expect(fontUrls.length).toBeGreaterThan(0);
    // The bundled fontsource files, the ones the UI's CSS loads (one copy of the font, issue 16).
    for (const url of fontUrls)
      expect(url).toMatch(/^http:\/\/localhost\/.*inter-latin(-ext)?-wght-normal.*\.woff2$/);
    expect(fontUrls.some((url) => url.includes('/basemap/fonts/'))).toBe(false);
    const ids = style.layers.map((layer) => layer.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'countries-fill',
        'borders-line',
        'country-labels',
        'sites-cluster',
        'sites-cluster-count',
        'sites-icon',
        'sites-label',
      ]),
    );
    for (const layer of style.layers)
      if (layer.source) expect(Object.keys(style.sources)).toContain(layer.source);
    for (const layer of style.layers) {
      if (layer.layout?.['text-font'])
        expect(layer.layout['text-font']).toEqual(Object.keys(style['font-faces']));
    }
  });

  it('adds the four status symbols as SDF images and registers click and hover handlers', () => {
    const { map } = setup();
    expect(map.addImage.mock.calls.map(([name, , options]) => [name, options])).toEqual([
      ['status-announced', { sdf: true }],
      ['status-planned', { sdf: true }],
      ['status-under-construction', { sdf: true }],
      ['status-operational', { sdf: true }],
    ]);
    expect([...map.handlers.keys()]).toEqual(
      expect.arrayContaining(['click', 'mousemove', 'idle', 'webglcontextlost', 'webglcontextrestored']),
    );
  });
});

describe('createMapAdapter: narrow updates', () => {
  it('draws a hover with feature state only: no style rebuild, no new data, no repaint of layers', () => {
    const { adapter, map, clearCalls } = setup();
    clearCalls();
    adapter.update({ ...initial, hoveredId: 'site-paris' });
    expect(map.setFeatureState.mock.calls).toEqual([
      [{ source: 'sites', id: 'site-paris' }, { hovered: true }],
    ]);
    map.setFeatureState.mockClear();
    adapter.update({ ...initial, hoveredId: 'site-borlange' });
    expect(map.setFeatureState.mock.calls).toEqual([
      [{ source: 'sites', id: 'site-paris' }, { hovered: false }],
      [{ source: 'sites', id: 'site-borlange' }, { hovered: true }],
    ]);
    expect(map.setStyle).not.toHaveBeenCalled();
    expect(map.source.setData).not.toHaveBeenCalled();
    expect(map.setPaintProperty).not.toHaveBeenCalled();
    expect(map.setFilter).not.toHaveBeenCalled();
  });

  it('moves the selection with feature state, and leaves ids that are not sites (pledges) to the filters', () => {
    const { adapter, map, clearCalls } = setup({ selectedId: 'site-paris' });
    clearCalls();
    adapter.update({ ...initial, selectedId: 'inv-eu', selectedCountry: 'FR' });
    expect(map.setFeatureState.mock.calls).toEqual([
      [{ source: 'sites', id: 'site-paris' }, { selected: false }],
    ]);
    expect(map.setFilter).toHaveBeenCalledWith('countries-pledge-selected', [
      'in',
      ['get', 'iso'],
      ['literal', ['FR']],
    ]);
    expect(map.setStyle).not.toHaveBeenCalled();
  });

  it('gives new sites to the source with setData once, and keeps the selection drawn', () => {
    const { adapter, map, clearCalls } = setup({ selectedId: 'site-paris' });
    clearCalls();
    const fewer = { ...sites, features: sites.features.slice(0, 1) };
    adapter.update({ ...initial, selectedId: 'site-paris', sites: fewer });
    expect(map.source.setData).toHaveBeenCalledTimes(1);
    expect(map.source.setData).toHaveBeenCalledWith(fewer);
    expect(map.setFeatureState).toHaveBeenCalledWith(
      { source: 'sites', id: 'site-paris' },
      { selected: true },
    );
    expect(map.setStyle).not.toHaveBeenCalled();
  });

  it('repaints on a theme change with setPaintProperty, never setStyle', () => {
    const { adapter, map, clearCalls } = setup();
    clearCalls();
    adapter.update({ ...initial, palette: palette('#0b1721') });
    expect(map.setPaintProperty).toHaveBeenCalledWith('background', 'background-color', '#0b1721');
    expect(map.setPaintProperty.mock.calls.map(([layer]) => layer)).toEqual(
      expect.arrayContaining(['sites-icon', 'country-labels']),
    );
    expect(map.setStyle).not.toHaveBeenCalled();
    expect(map.source.setData).not.toHaveBeenCalled();
  });

  it('relabels countries on a language change with setLayoutProperty, and tints pledged countries with setFilter', () => {
    const { adapter, map, clearCalls } = setup();
    clearCalls();
    adapter.update({ ...initial, lang: 'fr', label: 'Carte', pledgeCountries: ['FR', 'DE'] });
    expect(map.setLayoutProperty).toHaveBeenCalledWith('country-labels', 'text-field', ['get', 'name_fr']);
    expect(map.canvas.setAttribute).toHaveBeenCalledWith('aria-label', 'Carte');
    expect(map.setFilter).toHaveBeenCalledWith('countries-pledge', [
      'in',
      ['get', 'iso'],
      ['literal', ['FR', 'DE']],
    ]);
    expect(map.setStyle).not.toHaveBeenCalled();
  });
});

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

  it('exposes the test handle on its container when asked, and removes it with the map', () => {
    const { adapter, map, container } = setup();
    expect(container.__atlasMap).toBeDefined();
    adapter.destroy();
    expect(container.__atlasMap).toBeUndefined();
    expect(map.remove).toHaveBeenCalled();
  });

  it('attaches no test handle for a visitor', () => {
    const { container } = setup({}, false);
    expect(container.__atlasMap).toBeUndefined();
  });
});

describe('createMapAdapter: a basemap that fails to load (issue 17)', () => {
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
