/** The map's colours come from the same CSS tokens as the rest of the UI (src/styles/tokens.css). */
export interface MapPalette {
  sea: string;
  land: string;
  border: string;
  label: string;
  halo: string;
  ink: string;
  surface: string;
  selected: string;
  accent: string;
  accentInk: string;
  announced: string;
  planned: string;
  underConstruction: string;
  operational: string;
}

const TOKENS: Record<keyof MapPalette, string> = {
  sea: '--map-sea',
  land: '--map-land',
  border: '--map-border',
  label: '--map-label',
  halo: '--map-halo',
  ink: '--color-ink',
  surface: '--color-surface',
  selected: '--color-selected',
  accent: '--color-accent',
  accentInk: '--color-accent-ink',
  announced: '--status-announced',
  planned: '--status-planned',
  underConstruction: '--status-under-construction',
  operational: '--status-operational',
};

export function readMapPalette(element: Element): MapPalette {
  const style = getComputedStyle(element);
  const entries = Object.entries(TOKENS).map(([key, token]) => [
    key,
    style.getPropertyValue(token).trim() || '#888',
  ]);
  return Object.fromEntries(entries) as unknown as MapPalette;
}
