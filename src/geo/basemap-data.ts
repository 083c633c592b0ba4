/**
 * The generated basemap GeoJSON (public/basemap/, built by `npm run basemap`), fetched from our own
 * origin relative to document.baseURI so the build stays relocatable. One request per file per page.
 */
import { useEffect, useState } from 'react';

export type BasemapPart = 'countries' | 'borders' | 'labels';

export function basemapUrl(): string {
  return new URL('basemap/', document.baseURI).href;
}

const cache = new Map<BasemapPart, Promise<GeoJSON.FeatureCollection | null>>();

export function loadBasemapPart(part: BasemapPart): Promise<GeoJSON.FeatureCollection | null> {
  let promise = cache.get(part);
  if (!promise) {
    promise = fetch(`${basemapUrl()}${part}.geojson`)
      .then((response) => (response.ok ? (response.json() as Promise<GeoJSON.FeatureCollection>) : null))
      .catch(() => null);
    cache.set(part, promise);
  }
  return promise;
}

export type BasemapData = Record<BasemapPart, GeoJSON.FeatureCollection | null>;

/**
 * All three parts, for the map's style. The page fetches them (its fetch takes over the preload
 * that index.html starts at navigation) and hands maplibre the parsed data: a URL in the style
 * would make maplibre's worker download each file again, since a worker cannot use the page's
 * preload (Lighthouse counted ~225 KiB fetched twice).
 */
export async function loadBasemap(): Promise<BasemapData> {
  const [countries, borders, labels] = await Promise.all([
    loadBasemapPart('countries'),
    loadBasemapPart('borders'),
    loadBasemapPart('labels'),
  ]);
  return { countries, borders, labels };
}

/** The part once loaded: undefined while loading, null when the file is missing or broken. */
export function useBasemapPart(part: BasemapPart): GeoJSON.FeatureCollection | null | undefined {
  const [data, setData] = useState<GeoJSON.FeatureCollection | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadBasemapPart(part).then((result) => {
      if (live) setData(result);
    });
    return () => {
      live = false;
    };
  }, [part]);
  return data;
}
