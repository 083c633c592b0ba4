/**
 * The timeline for the current store state. The dataset's part (buildTimelineBase) is
 * built once per dataset; a cursor step, a selection or a hover only reads the new focus, a moment
 * after the slider or the list has shown it (deferred-views.ts).
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAtlasModel } from '../../dataset/model-context';
import { todayIso } from '../../dataset/site-status';
import { useDeferredAtlasStore } from '../../store/deferred-views';
import { buildTimelineBase, cursorSteps, timelineFocus, type TimelineInput } from './timeline-model';

export function useTimelineModel() {
  const atlas = useAtlasModel();
  const { asOf, selectedId, hoveredId } = useDeferredAtlasStore(
    useShallow((s) => ({ asOf: s.asOf, selectedId: s.selectedId, hoveredId: s.hoveredId })),
  );
  const today = todayIso();
  const input = useMemo<TimelineInput>(
    () => ({ events: atlas.atlas.events, sites: atlas.atlas.sites, investments: atlas.atlas.investments }),
    [atlas],
  );
  const base = useMemo(() => buildTimelineBase(input, today), [input, today]);
  const focus = useMemo(
    () => timelineFocus(input, { asOf, selectedId, hoveredId, todayIso: today }),
    [input, asOf, selectedId, hoveredId, today],
  );
  // The steps depend on the events only, so playback is not restarted by a hover.
  const steps = useMemo(() => cursorSteps(base), [base]);
  return { base, focus, steps };
}
