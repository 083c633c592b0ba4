/**
 * One record drawn in a view (a site in the list, a pledge in a callout, an event mark, a money
 * bar): clicking selects it, hover and focus highlight it everywhere. Every view that links records
 * spreads these props, so the views agree on what select, hover and focus do.
 */
import { useAtlasStore } from '../store/store-context';
import { onActivateKey } from './activate-on-key';
import './linked-item.css';

/** The `data-state` a linked mark carries: e2e journeys and the shared stylesheet read it. */
export type LinkState = 'selected' | 'highlighted' | 'dimmed' | undefined;

export function linkState(flags: { selected: boolean; highlighted: boolean; dimmed: boolean }): LinkState {
  if (flags.selected) return 'selected';
  if (flags.highlighted) return 'highlighted';
  if (flags.dimmed) return 'dimmed';
  return undefined;
}

/** The classes of a linked SVG mark: the chart's own class, `linked-mark` and its state classes. */
export function linkClasses(
  base: string,
  flags: { known: boolean; selected: boolean; highlighted: boolean; dimmed: boolean },
): string {
  const classes = [base, 'linked-mark'];
  if (!flags.known) classes.push('is-unknown');
  if (flags.dimmed) classes.push('is-dimmed');
  if (flags.highlighted) classes.push('is-highlighted');
  if (flags.selected) classes.push('is-selected');
  return classes.join(' ');
}

export interface LinkedItem {
  selected: boolean;
  hovered: boolean;
  /** For a native `<button>` that toggles the selection (aria-pressed). */
  buttonProps: {
    'aria-pressed': boolean;
    onClick: () => void;
    onMouseEnter: () => void;
    onMouseLeave: () => void;
    onFocus: () => void;
    onBlur: () => void;
  };
  /** For an SVG mark acting as a button: click, Enter or Space select it. */
  markProps: {
    role: 'button';
    tabIndex: 0;
    onClick: () => void;
    onKeyDown: ReturnType<typeof onActivateKey>;
    onMouseEnter: () => void;
    onMouseLeave: () => void;
    onFocus: () => void;
    onBlur: () => void;
  };
}

export function useLinkedItem(id: string): LinkedItem {
  const selected = useAtlasStore((s) => s.selectedId === id);
  const hovered = useAtlasStore((s) => s.hoveredId === id);
  const select = useAtlasStore((s) => s.select);
  const hover = useAtlasStore((s) => s.hover);
  const highlight = {
    onMouseEnter: () => hover(id),
    onMouseLeave: () => hover(null),
    onFocus: () => hover(id),
    onBlur: () => hover(null),
  };
  const activate = () => select(id);
  return {
    selected,
    hovered,
    buttonProps: { 'aria-pressed': selected, onClick: () => select(selected ? null : id), ...highlight },
    markProps: {
      role: 'button',
      tabIndex: 0,
      onClick: activate,
      onKeyDown: onActivateKey(activate),
      ...highlight,
    },
  };
}
