/**
 * Turns a change of props into the narrowest map calls: source.updateData for the sites that
 * changed (setData when most did), setFeatureState for hover and selection, setPaintProperty for
 * the theme, setLayoutProperty for the language, setFilter for pledges. Never setStyle. Works on a
 * narrow view of the map so that only map-adapter.ts imports maplibre-gl.
 */
import type { Lang } from '../../../i18n/languages';
import {
  COUNTRY_LABEL_LAYER,
  PLEDGE_FILL_LAYER,
  PLEDGE_LINE_LAYER,
  PLEDGE_SELECTED_LAYER,
  SITES_SOURCE,
  countryNameField,
  pledgeFilter,
  themedPaint,
} from './map-layers';
import type { MapPalette } from './map-palette';
import type { SiteFeatureCollection } from '../site-features';
import { smallSiteDiff, type SiteDiff } from './site-diff';

export interface MapAdapterProps {
  sites: SiteFeatureCollection;
  /** Countries tinted for their country-level pledges, and the one whose pledge is selected. */
  pledgeCountries: readonly string[];
  selectedCountry: string | null;
  selectedId: string | null;
  hoveredId: string | null;
  palette: MapPalette;
  lang: Lang;
  /** Accessible name of the focusable map canvas, in the current language. */
  label: string;
}

/** The maplibre Map methods a prop change may call. */
export interface SyncableMap {
  getSource: (
    id: string,
  ) =>
    | { setData: (data: SiteFeatureCollection) => unknown; updateData: (diff: SiteDiff) => unknown }
    | undefined;
  setFeatureState: (feature: { source: string; id: string }, state: Record<string, boolean>) => void;
  setPaintProperty: (layer: string, property: string, value: unknown) => unknown;
  setLayoutProperty: (layer: string, property: string, value: unknown) => unknown;
  setFilter: (layer: string, filter: unknown) => unknown;
  getCanvas: () => HTMLElement;
}

export interface MapSync {
  current: () => MapAdapterProps;
  hasSite: (id: string) => boolean;
  /** Re-applies hover and selection feature state (after load, or a context restore that dropped it). */
  applyStates: () => void;
  update: (next: MapAdapterProps) => void;
}

export function createMapSync(map: SyncableMap, initial: MapAdapterProps): MapSync {
  let current = initial;
  let siteIds = new Set(initial.sites.features.map((f) => f.properties.id));

  const setState = (id: string | null, key: 'selected' | 'hovered', value: boolean) => {
    if (id && siteIds.has(id) && map.getSource(SITES_SOURCE)) {
      map.setFeatureState({ source: SITES_SOURCE, id }, { [key]: value });
    }
  };
  const applyStates = () => {
    setState(current.selectedId, 'selected', true);
    setState(current.hoveredId, 'hovered', true);
  };

  return {
    current: () => current,
    hasSite: (id) => siteIds.has(id),
    applyStates,
    update(next) {
      if (next.selectedId !== current.selectedId) setState(current.selectedId, 'selected', false);
      if (next.hoveredId !== current.hoveredId) setState(current.hoveredId, 'hovered', false);
      if (next.sites !== current.sites) {
        siteIds = new Set(next.sites.features.map((f) => f.properties.id));
        const source = map.getSource(SITES_SOURCE);
        const diff = source && smallSiteDiff(current.sites, next.sites);
        if (diff) source.updateData(diff);
        else source?.setData(next.sites);
      }
      if (next.palette !== current.palette) {
        for (const [layer, paint] of Object.entries(themedPaint(next.palette))) {
          for (const [property, value] of Object.entries(paint)) map.setPaintProperty(layer, property, value);
        }
      }
      if (next.lang !== current.lang) {
        map.setLayoutProperty(COUNTRY_LABEL_LAYER, 'text-field', countryNameField(next.lang));
      }
      if (next.label !== current.label) map.getCanvas().setAttribute('aria-label', next.label);
      if (next.pledgeCountries !== current.pledgeCountries) {
        map.setFilter(PLEDGE_FILL_LAYER, pledgeFilter(next.pledgeCountries));
        map.setFilter(PLEDGE_LINE_LAYER, pledgeFilter(next.pledgeCountries));
      }
      if (next.selectedCountry !== current.selectedCountry) {
        map.setFilter(
          PLEDGE_SELECTED_LAYER,
          pledgeFilter(next.selectedCountry ? [next.selectedCountry] : []),
        );
      }
      const statesChanged =
        next.selectedId !== current.selectedId ||
        next.hoveredId !== current.hoveredId ||
        next.sites !== current.sites;
      current = next;
      if (statesChanged) applyStates();
    },
  };
}
