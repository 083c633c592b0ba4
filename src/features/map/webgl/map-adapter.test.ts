/**
 * The adapter against a mocked maplibre: the style it builds once, the handlers it registers, and
 * the narrow calls a prop change makes (a hover is two setFeatureState calls, never a setStyle).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AttributionControl } from 'maplibre-gl';
import { initial, palette, setup, sites } from './map-adapter.harness';

vi.mock('maplibre-gl', async () => (await import('../../../test-utils/fake-maplibre')).fakeMaplibre);

beforeEach(() => vi.clearAllMocks());

describe('createMapAdapter: the basemap credit', () => {
  it('is the credit control’s own text, replaced when the language changes', () => {
    const { adapter, map } = setup();
    expect(AttributionControl).toHaveBeenLastCalledWith({
      compact: false,
      customAttribution: 'Natural Earth',
    });
    adapter.setAttribution('Natural Earth');
    expect(map.removeControl).not.toHaveBeenCalled();
    adapter.setAttribution('Fond de carte : Natural Earth');
    expect(map.removeControl).toHaveBeenCalledTimes(1);
    expect(AttributionControl).toHaveBeenLastCalledWith({
      compact: false,
      customAttribution: 'Fond de carte : Natural Earth',
    });
    expect(map.addControl).toHaveBeenCalledTimes(2);
  });
});

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
    // The bundled fontsource files, the ones the UI's CSS loads (one copy of the font).
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
  it('holds props that come before the style is in, and applies the last of them once it is', () => {
    const { adapter, map } = setup({}, false);
    adapter.update({ ...initial, selectedId: 'inv-eu', selectedCountry: 'DE' });
    adapter.update({ ...initial, selectedId: 'inv-eu', selectedCountry: 'FR' });
    // maplibre would throw "Style is not done loading" here.
    expect(map.setFilter).not.toHaveBeenCalled();
    map.fire('style.load');
    expect(map.setFilter.mock.calls).toEqual([
      ['countries-pledge-selected', ['in', ['get', 'iso'], ['literal', ['FR']]]],
    ]);
    adapter.update({ ...initial, selectedId: null, selectedCountry: null });
    expect(map.setFilter).toHaveBeenCalledTimes(2);
  });

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

  it('sends the sites that changed as a diff (updateData), and keeps the selection drawn', () => {
    const { adapter, map, clearCalls } = setup({ selectedId: 'site-paris' });
    clearCalls();
    const [first, ...rest] = sites.features;
    const renamed = { ...first!, properties: { ...first!.properties, name: 'Renamed' } };
    const changed = { ...sites, features: [renamed, ...rest] };
    adapter.update({ ...initial, selectedId: 'site-paris', sites: changed });
    expect(map.source.updateData).toHaveBeenCalledTimes(1);
    expect(map.source.updateData).toHaveBeenCalledWith({ remove: [], add: [renamed] });
    expect(map.source.setData).not.toHaveBeenCalled();
    expect(map.setFeatureState).toHaveBeenCalledWith(
      { source: 'sites', id: 'site-paris' },
      { selected: true },
    );
    expect(map.setStyle).not.toHaveBeenCalled();
  });

  it('sends every site again with setData once most of them changed', () => {
    const { adapter, map, clearCalls } = setup();
    clearCalls();
    const none = { ...sites, features: [] };
    adapter.update({ ...initial, sites: none });
    expect(map.source.setData).toHaveBeenCalledTimes(1);
    expect(map.source.setData).toHaveBeenCalledWith(none);
    expect(map.source.updateData).not.toHaveBeenCalled();
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
