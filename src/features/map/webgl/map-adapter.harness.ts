/**
 * The map adapter's test harness: a palette, two sample sites and `setup()`, which creates the
 * adapter on the fake maplibre (src/test-utils/fake-maplibre.ts). Test files mock maplibre-gl first.
 */
import { vi } from 'vitest';
import { sampleAtlas } from '../../../dataset/sample-atlas';
import { siteStatusAsOf } from '../../../dataset/site-status';
import { FakeMap } from '../../../test-utils/fake-maplibre';
import { createMapAdapter } from './map-adapter';
import type { MapPalette } from './map-palette';
import type { Rect } from '../callouts/callout-placement';
import { toSiteFeatures } from '../site-features';

export type Props = Parameters<typeof createMapAdapter>[0]['initial'];

export const palette = (sea: string): MapPalette => ({
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

export const sites = toSiteFeatures(sampleAtlas().sites, 'en', (site) => siteStatusAsOf(site, null));
export const initial: Props = {
  sites,
  pledgeCountries: [],
  selectedCountry: null,
  selectedId: null,
  hoveredId: null,
  palette: palette('#dbe7ef'),
  lang: 'en',
  label: 'Map',
};

/**
 * `styleLoaded: false` leaves the map before maplibre's 'style.load' (a frame after creation);
 * `box` gives the container a size of its own (a test may change it later), else it is 800 × 600.
 */
export function setup(
  props: Partial<Props> = {},
  styleLoaded = true,
  box?: { clientWidth: number; clientHeight: number },
) {
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
  const container = (box ?? {}) as HTMLElement;
  // The legend and controls over the map, in its pixels: a test pushes boxes in.
  const overlays: Rect[] = [];
  const adapter = createMapAdapter({
    container,
    initialView: null,
    basemapUrl: 'http://localhost/app/basemap/',
    attribution: 'Natural Earth',
    initial: { ...initial, ...props },
    ...callbacks,
    overlays: () => overlays,
  });
  const map = FakeMap.last;
  if (styleLoaded) map.fire('style.load');
  const clearCalls = () => {
    for (const fn of [
      map.setFeatureState,
      map.setPaintProperty,
      map.setLayoutProperty,
      map.setFilter,
      map.source.setData,
      map.source.updateData,
    ]) {
      fn.mockClear();
    }
  };
  return { adapter, map, container, overlays, clearCalls, ...callbacks };
}
