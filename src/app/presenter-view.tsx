/**
 * Presenter mode (`present=N`): the story stage with the live map and the step's chart, or, in a
 * window opened with `notes=1`, the speaker notes. Composition only; the mode is features/presenter.
 */
import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasStore } from '../store/store-context';
import { loadStory } from '../features/presenter/story/story-data';
import { PresenterStage } from '../features/presenter/presenter-stage';
import { NotesWindow } from '../features/presenter/notes-window';
import { isNotesWindow } from '../features/presenter/presenter-window';
import { HandoutMap } from './handout-map';
import { markAtlasReady } from '../lib/atlas-ready';

const MapView = lazy(() => import('../features/map/map-view'));
const TimelinePanel = lazy(() =>
  import('../features/timeline/timeline-panel').then((m) => ({ default: m.TimelinePanel })),
);
const ExportMenu = lazy(() => import('../features/export/export-menu'));
const InvestmentsPanel = lazy(() =>
  import('../features/investments/investments-panel').then((m) => ({ default: m.InvestmentsPanel })),
);

export default function PresenterView() {
  const { t } = useTranslation('presenter');
  const { t: tc } = useTranslation();
  const embed = useAtlasStore((s) => s.embed);
  const [notes] = useState(() => isNotesWindow(window.location.search));
  const story = loadStory();
  const onMapReady = useCallback(() => markAtlasReady(), []);
  useEffect(() => {
    if (notes || !story.ok) markAtlasReady();
  }, [notes, story.ok]);

  if (!story.ok) {
    return (
      <main id="content" className="app-main">
        <p role="alert">{t('noStory', { problem: story.problems[0] })}</p>
      </main>
    );
  }
  if (notes) return <NotesWindow story={story.story} />;
  const loading = <p className="placeholder">{tc('app.loading')}</p>;
  return (
    <PresenterStage
      story={story.story}
      embed={embed}
      map={
        <section className="panel panel-map" aria-label={tc('panels.map')}>
          <Suspense fallback={loading}>
            <MapView onReady={onMapReady} />
          </Suspense>
        </section>
      }
      chart={(chart) => (
        <Suspense fallback={loading}>
          {chart === 'timeline' ? <TimelinePanel /> : <InvestmentsPanel />}
        </Suspense>
      )}
      handoutMap={(step) => <HandoutMap step={step} />}
      tools={
        <Suspense fallback={null}>
          <ExportMenu placement="above" />
        </Suspense>
      }
    />
  );
}
