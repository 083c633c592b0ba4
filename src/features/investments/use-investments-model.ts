/**
 * The investments model for the store's cursor, selection and hover (deferred: deferred-views.ts)
 * and the panel's own grouping and scale.
 */
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAtlasModel } from '../../dataset/model-context';
import { useDeferredAtlasStore } from '../../store/deferred-views';
import { buildInvestmentsModel, type InvestmentsGroupBy, type InvestmentsScale } from './investments-model';
import { createRowSharer } from './share-rows';

export function useInvestmentsModel(groupBy: InvestmentsGroupBy, scale: InvestmentsScale) {
  const atlas = useAtlasModel();
  const { asOf, selectedId, hoveredId } = useDeferredAtlasStore(
    useShallow((s) => ({ asOf: s.asOf, selectedId: s.selectedId, hoveredId: s.hoveredId })),
  );
  // Keeps the unchanged rows of the last model as they were (share-rows.ts).
  const [share] = useState(createRowSharer);
  return useMemo(() => {
    const next = buildInvestmentsModel(
      { investments: atlas.atlas.investments, sites: atlas.atlas.sites, events: atlas.atlas.events },
      // Figures after the cursor keep their row (drawn as outlines) so bars do not jump while playing.
      { asOf, selectedId, hoveredId, groupBy, scale, includeUnknown: true },
    );
    return share(next);
  }, [atlas, share, asOf, selectedId, hoveredId, groupBy, scale]);
}
