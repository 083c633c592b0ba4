import type { StateCreator } from 'zustand';
import type { Lang } from '../i18n/languages';
import { PANEL_IDS, type CameraView, type PanelId, type Theme } from './ui-vocabulary';

/**
 * How the visitor reads the atlas: language (null = follow the browser), theme, panels, layout
 * mode, presenter step, camera, and (embeds) the one origin allowed to command the atlas.
 */
export interface PrefsSlice {
  lang: Lang | null;
  theme: Theme;
  panels: readonly PanelId[];
  embed: boolean;
  present: number | null;
  view: CameraView | null;
  origin: string | null;
  /** `?data=`: the dataset shown instead of the atlas's own (null = the atlas's own). */
  data: string | null;
  setLang: (lang: Lang | null) => void;
  setTheme: (theme: Theme) => void;
  setView: (view: CameraView | null) => void;
  setPresent: (step: number | null) => void;
}

export const createPrefsSlice: StateCreator<PrefsSlice, [], [], PrefsSlice> = (set) => ({
  lang: null,
  theme: 'auto',
  panels: PANEL_IDS,
  embed: false,
  present: null,
  view: null,
  origin: null,
  data: null,
  setLang: (lang) => set({ lang }),
  setTheme: (theme) => set({ theme }),
  setView: (view) => set({ view }),
  setPresent: (present) => set({ present }),
});
