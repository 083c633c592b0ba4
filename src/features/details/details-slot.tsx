/**
 * The details panel as the atlas mounts it: the empty state at once, the selected record's panel
 * (citations, figures, related facts: its own chunk) once something is selected. The first paint
 * shows no selection, so it does not wait for that chunk; it is fetched after `atlas:ready` so that
 * a first click does not wait for it either.
 */
import { Suspense, lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../dataset/model-context';
import { whenAtlasReady } from '../../lib/atlas-ready';
import { prefetch } from '../../lib/prefetch';
import { useAtlasStore } from '../../store/store-context';
import { DetailsEmpty } from './details-empty';

const loadDetailsPanel = () => import('./details-panel');
const DetailsPanel = lazy(() => loadDetailsPanel().then((m) => ({ default: m.DetailsPanel })));

export function DetailsSlot() {
  const { t } = useTranslation();
  const model = useAtlasModel();
  const selectedId = useAtlasStore((s) => s.selectedId);
  useEffect(() => whenAtlasReady(() => prefetch(loadDetailsPanel)), []);
  if (selectedId === null || !model.recordsById.has(selectedId)) return <DetailsEmpty />;
  return (
    <Suspense
      fallback={
        <DetailsEmpty>
          <p className="placeholder">{t('app.loading')}</p>
        </DetailsEmpty>
      }
    >
      <DetailsPanel />
    </Suspense>
  );
}
