/** The timeline model for the current store state, rebuilt only when an input changes. */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAtlasModel } from '../../dataset/model-context';
import { todayIso } from '../../dataset/site-status';
import { useAtlasStore } from '../../store/store-context';
import { buildTimelineModel, cursorSteps } from './timeline-model';

export function useTimelineModel() {
  const atlas = useAtlasModel();
  const { asOf, selectedId, hoveredId } = useAtlasStore(
    useShallow((s) => ({ asOf: s.asOf, selectedId: s.selectedId, hoveredId: s.hoveredId })),
  );
  const today = todayIso();
  const timeline = useMemo(
    () =>
      buildTimelineModel(
        { events: atlas.atlas.events, sites: atlas.atlas.sites, investments: atlas.atlas.investments },
        { asOf, selectedId, hoveredId, todayIso: today },
      ),
    [atlas, asOf, selectedId, hoveredId, today],
  );
  // The steps depend on the events only, so playback is not restarted by a hover.
  const steps = useMemo(
    () =>
      cursorSteps(
        buildTimelineModel(
          { events: atlas.atlas.events, sites: [], investments: [] },
          { asOf: null, selectedId: null, hoveredId: null, todayIso: today },
        ),
      ),
    [atlas, today],
  );
  return { timeline, steps };
}
