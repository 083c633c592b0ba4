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
