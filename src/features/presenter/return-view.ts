/**
 * The view a visitor had when they pressed Present (selection, time cursor, camera, panels and how
 * the charts read), given back exactly when they leave: a presentation is a detour, not a place
 * to be left at. A presentation opened from a link (`present=N`) had no view before it: leaving
 * it keeps the last step's.
 */
import type { AtlasState, AtlasStore } from '../../store/atlas-store';

const KEYS = ['selectedId', 'asOf', 'view', 'panels', 'table', 'group', 'scale'] as const;
export type ReturnView = Pick<AtlasState, (typeof KEYS)[number]>;

let saved: ReturnView | null = null;

export function pickReturnView(state: AtlasState): ReturnView {
  return Object.fromEntries(KEYS.map((key) => [key, state[key]])) as ReturnView;
}

/** Present was pressed: remember the view, stop the timeline, open the first step. */
export function enterPresenter(store: AtlasStore): void {
  const state = store.getState();
  saved = pickReturnView(state);
  store.setState({ playing: false, hoveredId: null, present: 1 });
}

/** Leave presenter mode, back to the remembered view if there is one; the cursor stands still. */
export function leavePresenter(store: AtlasStore): void {
  const back = saved;
  saved = null;
  store.setState({ ...back, playing: false, hoveredId: null, present: null });
}
