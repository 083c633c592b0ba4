/** The embed dialog's choices, and the pure steps that change them. */
import type { Lang } from '../../i18n/languages';
import {
  PANEL_IDS,
  type AmountScale,
  type Grouping,
  type PanelId,
  type Theme,
} from '../../store/ui-vocabulary';
import { DEFAULT_HEIGHT_PX, type EmbedHeight } from './embed-snippet';

export interface EmbedOptions {
  /** Every panel, in the order the embed will show the chosen ones. */
  order: readonly PanelId[];
  shown: readonly PanelId[];
  lang: Lang | null;
  theme: Theme;
  /** The investments chart's grouping and scale in the embed. */
  group: Grouping;
  scale: AmountScale;
  heightMode: EmbedHeight['mode'];
  /** Fixed height, or the starting height before embed.js measures the content. */
  px: number;
  /** The host page has a strict CSP: a class and a stylesheet instead of an inline style. */
  strictCsp: boolean;
}

/** Starts from what the visitor sees: their panels first, in their order, then the others. */
export function initialOptions(view: {
  panels: readonly PanelId[];
  lang: Lang | null;
  theme: Theme;
  group?: Grouping;
  scale?: AmountScale;
}): EmbedOptions {
  return {
    order: [...view.panels, ...PANEL_IDS.filter((panel) => !view.panels.includes(panel))],
    shown: [...view.panels],
    lang: view.lang,
    theme: view.theme,
    group: view.group ?? 'country',
    scale: view.scale ?? 'linear',
    heightMode: 'auto',
    px: DEFAULT_HEIGHT_PX,
    strictCsp: false,
  };
}

export function togglePanel(options: EmbedOptions, panel: PanelId): EmbedOptions {
  const shown = options.shown.includes(panel)
    ? options.shown.filter((p) => p !== panel)
    : [...options.shown, panel];
  return { ...options, shown };
}

export function movePanelUp(options: EmbedOptions, panel: PanelId): EmbedOptions {
  const index = options.order.indexOf(panel);
  if (index <= 0) return options;
  const order = [...options.order];
  [order[index - 1], order[index]] = [order[index]!, order[index - 1]!];
  return { ...options, order };
}

/** The chosen panels in display order; empty means the snippet cannot be built yet. */
export function chosenPanels(options: EmbedOptions): PanelId[] {
  return options.order.filter((panel) => options.shown.includes(panel));
}

export function heightOf(options: EmbedOptions): EmbedHeight {
  return options.heightMode === 'auto'
    ? { mode: 'auto', initialPx: options.px }
    : { mode: 'fixed', px: options.px };
}
