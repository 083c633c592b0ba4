/**
 * The whole style as plain data, built once when the map is created. Everything is served from our
 * origin: the basemap GeoJSON and the label font (maplibre's `font-faces`, no glyph server).
 */
import { labelFontFaces } from './label-font';
import { withBundledFontUrls } from './label-font-urls';
import type { Lang } from '../../i18n/languages';
import { CLUSTER_MAX_ZOOM, CLUSTER_RADIUS, SITES_SOURCE, baseLayers } from './map-layers';
import type { MapPalette } from './map-palette';
import type { SiteFeatureCollection } from './site-features';

export interface StyleInput {
  /** Absolute URL of the folder holding the generated basemap (ends with '/'). */
  basemapUrl: string;
  sites: SiteFeatureCollection;
  palette: MapPalette;
  lang: Lang;
}

export function buildStyle(input: StyleInput) {
  return {
    version: 8 as const,
    'font-faces': withBundledFontUrls(labelFontFaces(input.basemapUrl), input.basemapUrl),
    sources: {
      countries: {
        type: 'geojson',
        data: `${input.basemapUrl}countries.geojson`,
      },
      borders: { type: 'geojson', data: `${input.basemapUrl}borders.geojson` },
      labels: { type: 'geojson', data: `${input.basemapUrl}labels.geojson` },
      [SITES_SOURCE]: {
        type: 'geojson',
        data: input.sites,
        promoteId: 'id',
        cluster: true,
        clusterRadius: CLUSTER_RADIUS,
        clusterMaxZoom: CLUSTER_MAX_ZOOM,
      },
    },
    layers: baseLayers(input.palette, input.lang),
  };
}
