/**
 * The whole style as plain data, built once when the map is created. Everything is served from our
 * origin: the basemap GeoJSON and the label font (maplibre's `font-faces`, no glyph server).
 */
import { labelFontFaces } from '../../../geo/label-font';
import { withBundledFontUrls } from '../../../geo/label-font-urls';
import type { Lang } from '../../../i18n/languages';
import type { BasemapData } from '../../../geo/basemap-data';
import { CLUSTER_MAX_ZOOM, CLUSTER_RADIUS, SITES_SOURCE, baseLayers, clusterProperties } from './map-layers';
import type { MapPalette } from './map-palette';
import type { SiteFeatureCollection } from '../site-features';

export interface StyleInput {
  /** Absolute URL of the folder holding the generated basemap (ends with '/'). */
  basemapUrl: string;
  /**
   * The basemap parts the page already fetched. A part that failed (null) is given to maplibre as
   * its URL, so that maplibre's own error reports it (onBasemapError) as before.
   */
  basemap?: Partial<BasemapData>;
  sites: SiteFeatureCollection;
  palette: MapPalette;
  lang: Lang;
}

export function buildStyle(input: StyleInput) {
  const data = (part: keyof BasemapData) => input.basemap?.[part] ?? `${input.basemapUrl}${part}.geojson`;
  return {
    version: 8 as const,
    'font-faces': withBundledFontUrls(labelFontFaces(input.basemapUrl), input.basemapUrl),
    sources: {
      countries: {
        type: 'geojson',
        data: data('countries'),
      },
      borders: { type: 'geojson', data: data('borders') },
      labels: { type: 'geojson', data: data('labels') },
      [SITES_SOURCE]: {
        type: 'geojson',
        data: input.sites,
        promoteId: 'id',
        cluster: true,
        clusterRadius: CLUSTER_RADIUS,
        clusterMaxZoom: CLUSTER_MAX_ZOOM,
        clusterProperties,
      },
    },
    layers: baseLayers(input.palette, input.lang),
  };
}
