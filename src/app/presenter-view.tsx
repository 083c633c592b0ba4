/**
 * Presenter mode (`present=N`): the story stage with the live map and the step's chart, or, in a
 * window opened with `notes=1`, the speaker notes. Composition only; the mode is features/presenter.
 */
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasStore } from '../store/store-context';
import { useAtlasModel } from '../dataset/model-context';
import { PresenterStage } from '../features/presenter/presenter-stage';
import { NotesView } from '../features/presenter/notes-view';
import { isNotesWindow } from '../features/presenter/presenter-window';
import { useStageStory } from '../features/presenter/use-stage-story';
import { storyMissingIds } from '../features/presenter/story/story-check';
import { MissingIdsPanel, StoryLoadProblem } from '../features/presenter/story-problem-panel';
import { HandoutMap } from './handout-map';
import { ExportMenu, MapView } from './lazy-panels';
import { markAtlasReady } from '../lib/atlas-ready';
import { landmark } from '../components/export-landmarks';

export default function PresenterView() {
  const { t: tc } = useTranslation();
  const embed = useAtlasStore((s) => s.embed);
  const model = useAtlasModel();
  const [notes] = useState(() => isNotesWindow(window.location.search));
  const stage = useStageStory();
  const story = stage.status === 'ok' ? stage.story : null;
  const missing = useMemo(() => (story ? storyMissingIds(story, model) : []), [story, model]);
  const [presentAnyway, setPresentAnyway] = useState(false);
  const blocked = stage.status !== 'ok' && stage.status !== 'loading';
  const stopped = blocked || (missing.length > 0 && !presentAnyway);
  const onMapReady = useCallback(() => markAtlasReady(), []);
  useEffect(() => {
    if (notes || stopped) markAtlasReady();
  }, [notes, stopped]);

  if (notes) return <NotesView />;
  const loading = <p className="placeholder">{tc('app.loading')}</p>;
  if (stage.status === 'loading') return <main id="content">{loading}</main>;
  if (stage.status !== 'ok') return <StoryLoadProblem stage={stage} />;
  if (missing.length > 0 && !presentAnyway)
    return <MissingIdsPanel missing={missing} onPresent={embed ? undefined : () => setPresentAnyway(true)} />;
  return (
    <PresenterStage
      story={stage.story}
      embed={embed}
      map={
        <section className="panel panel-map" aria-label={tc('panels.map')} {...landmark('map-panel')}>
          <Suspense fallback={loading}>
            <MapView onReady={onMapReady} />
          </Suspense>
        </section>
      }
      handoutMap={(step) => <HandoutMap step={step} />}
      tools={
        <Suspense fallback={null}>
          <ExportMenu placement="above" />
        </Suspense>
      }
    />
  );
}
