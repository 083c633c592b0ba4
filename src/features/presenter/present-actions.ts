/** Store changes of presenter mode: a step is its URL state plus its number, set in one update. */
import type { AtlasStore } from '../../store/atlas-store';
import { stepUrlState, type Story } from './story/story-schema';
import { clampStep } from './step-controller';

export function showStep(store: AtlasStore, story: Story, step: number): void {
  const present = clampStep(step, story.steps.length);
  const state = stepUrlState(story.steps[present - 1]!);
  // A step is a still view: a timeline left playing would carry the cursor away from its date.
  store.setState({
    present,
    selectedId: state.site,
    asOf: state.date,
    view: state.view,
    group: state.group,
    scale: state.scale,
    hoveredId: null,
    playing: false,
  });
}

const STARTED_KEY = 'compute-atlas:presenting-since';

/** When this presentation started (kept across reloads of the window), for the notes' clock. */
export function presentationStart(now = Date.now()): number {
  try {
    const stored = Number(sessionStorage.getItem(STARTED_KEY));
    if (Number.isFinite(stored) && stored > 0) return stored;
    sessionStorage.setItem(STARTED_KEY, String(now));
  } catch {
    // Storage refused (private mode, sandboxed frame): the clock starts with this page.
  }
  return now;
}

export function forgetPresentationStart(): void {
  try {
    sessionStorage.removeItem(STARTED_KEY);
  } catch {
    // Nothing to forget.
  }
}
