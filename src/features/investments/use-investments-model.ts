/** The investments model for the current store state and the panel's own grouping and scale. */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AtlasModel } from '../../dataset/model';
import { useAtlasStore } from '../../store/store-context';
import { buildInvestmentsModel, type InvestmentsGroupBy, type InvestmentsScale } from './investments-model';

export function useInvestmentsModel(atlas: AtlasModel, groupBy: InvestmentsGroupBy, scale: InvestmentsScale) {
  const { asOf, selectedId, hoveredId } = useAtlasStore(
    useShallow((s) => ({ asOf: s.asOf, selectedId: s.selectedId, hoveredId: s.hoveredId })),
  );
  return useMemo(
    () =>
      buildInvestmentsModel(
        { investments: atlas.atlas.investments, sites: atlas.atlas.sites, events: atlas.atlas.events },
        // Figures after the cursor keep their row (drawn as outlines) so bars do not jump while playing.
        { asOf, selectedId, hoveredId, groupBy, scale, includeUnknown: true },
      ),
    [atlas, asOf, selectedId, hoveredId, groupBy, scale],
  );
}
