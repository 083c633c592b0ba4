/** Between the atlas store and a step: capture what the atlas shows, or show a step's view. */
import type { AtlasState, AtlasStore } from '../../../store/atlas-store';
import type { CapturedView } from '../story/story-draft-model';
import { stepUrlState, type StoryStep } from '../story/story-schema';

export function captureView(state: AtlasState): CapturedView {
  return {
    site: state.selectedId,
    date: state.asOf,
    panels: state.panels,
    group: state.group,
    scale: state.scale,
    view: state.view,
  };
}

/** Preview: the atlas shows the step's view (not presenter mode). */
export function showStepView(store: AtlasStore, step: StoryStep): void {
  const view = stepUrlState(step);
  store.setState({
    selectedId: view.site,
    asOf: view.date,
    panels: view.panels,
    group: view.group,
    scale: view.scale,
    view: view.view,
    hoveredId: null,
  });
}
