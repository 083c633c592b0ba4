import type { StateCreator } from 'zustand';
import type { Lang } from '../i18n/languages';

export type ThemeChoice = 'light' | 'dark' | 'auto';
export const PANEL_IDS = ['map', 'timeline', 'investments', 'details'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

/** How the visitor reads the atlas: language (null = follow the browser), theme, panels, mode. */
export interface PrefsSlice {
  lang: Lang | null;
  theme: ThemeChoice;
  panels: readonly PanelId[];
  embed: boolean;
  setLang: (lang: Lang | null) => void;
  setTheme: (theme: ThemeChoice) => void;
}

export const createPrefsSlice: StateCreator<PrefsSlice, [], [], PrefsSlice> = (set) => ({
  lang: null,
  theme: 'auto',
  panels: PANEL_IDS,
  embed: false,
  setLang: (lang) => set({ lang }),
  setTheme: (theme) => set({ theme }),
});
