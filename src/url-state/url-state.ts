/**
 * The state a URL can carry: the public contract for shared links and iframes.
 * Parsing and writing live in url-codec.ts; this file only says what a valid state is.
 */
import type { Lang } from '../i18n/languages';
import { PANEL_IDS } from '../store/ui-vocabulary';
import type { AmountScale, CameraView, Grouping, PanelId, TablePanel, Theme } from '../store/ui-vocabulary';

export interface UrlState {
  /** A kebab-case site id. */
  site: string | null;
  /** The time cursor, a real calendar date `YYYY-MM-DD`. */
  date: string | null;
  /** null = follow the browser. */
  lang: Lang | null;
  theme: Theme;
  embed: boolean;
  /** Non-empty, unique, in display order. */
  panels: readonly PanelId[];
  /** The investments chart's grouping. */
  group: Grouping;
  /** The investments chart's amount axis. */
  scale: AmountScale;
  /** The panels shown as a table instead of a chart, unique, in TABLE_PANELS order. */
  table: readonly TablePanel[];
  /** 1-based presenter step. */
  present: number | null;
  /** Always normalised (see normalizeView). */
  view: CameraView | null;
  /** The one origin allowed to command the embed and to receive its events. */
  origin: string | null;
  /** Another dataset to show (`?data=`): an http(s) URL or a same-origin path; null = the atlas's own. */
  data: string | null;
}

export const DEFAULT_URL_STATE: Readonly<UrlState> = Object.freeze({
  site: null,
  date: null,
  lang: null,
  theme: 'auto',
  embed: false,
  panels: PANEL_IDS,
  group: 'country',
  scale: 'linear',
  table: [],
  present: null,
  view: null,
  origin: null,
  data: null,
});

export const VIEW_LIMITS = {
  lat: { min: -85, max: 85, decimals: 4 },
  lon: { min: -180, max: 180, decimals: 4 },
  zoom: { min: 0, max: 22, decimals: 2 },
} as const;

/** Rounds to `decimals` places; `+ 0` turns -0 into 0 so equality never trips on the sign of zero. */
export function roundTo(value: number, decimals: number): number {
  return Number(value.toFixed(decimals)) + 0;
}

/**
 * The camera as the URL can hold it: lon wrapped into -180..180 (MapLibre reports 190 after
 * panning across the antimeridian), lat and zoom clamped, then rounded to what the URL writes.
 *
 * Round-trip choice: a valid UrlState holds only *normalised* views (this function's outputs),
 * which the URL represents exactly, so `parse(serialize(s))` equals `s` with plain equality. Any
 * other finite view round-trips to `normalizeView(view)`; both properties are tested.
 * Returns null when a coordinate is not finite.
 */
export function normalizeView(view: CameraView): CameraView | null {
  const { lat, lon, zoom } = view;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || !Number.isFinite(zoom)) return null;
  const wrapped = lon < -180 || lon > 180 ? ((((lon + 180) % 360) + 360) % 360) - 180 : lon;
  return {
    lat: roundTo(clamp(lat, VIEW_LIMITS.lat), VIEW_LIMITS.lat.decimals),
    lon: roundTo(clamp(wrapped, VIEW_LIMITS.lon), VIEW_LIMITS.lon.decimals),
    zoom: roundTo(clamp(zoom, VIEW_LIMITS.zoom), VIEW_LIMITS.zoom.decimals),
  };
}

function clamp(value: number, limits: { min: number; max: number }): number {
  return Math.min(limits.max, Math.max(limits.min, value));
}
