/**
 * The words of the UI state: which panels exist, the themes, the investments chart's settings, the
 * camera. The store owns them; the URL codec, the embed protocol and the features read them here.
 */

export const PANEL_IDS = ['map', 'timeline', 'investments', 'details'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** How the investments chart groups its bars, and its amount axis. */
export const GROUPINGS = ['country', 'investor'] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const SCALES = ['linear', 'log'] as const;
export type AmountScale = (typeof SCALES)[number];
/** The panels that can show their figures as a table instead of a chart. */
export const TABLE_PANELS = ['timeline', 'investments'] as const;
export type TablePanel = (typeof TABLE_PANELS)[number];

export interface CameraView {
  lat: number;
  lon: number;
  zoom: number;
}
