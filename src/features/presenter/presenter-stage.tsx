/**
 * Presenter mode's screen: the step's map and chart (given by app/, which composes features), the
 * caption, progress as "3 / 7" and dots, and the controls. Keys: see step-controller.ts.
 * The stage carries only what a talk needs: a projector mirrors this window, full screen or not,
 * so writing a story (New story, Edit a copy) stays in the editor beside the atlas.
 */
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../dataset/model-context';
import type { Story, StoryStep } from './story/story-schema';
import { StageChart } from './stage-chart';
import { AnnotationList } from './annotation-list';
import { ShownText } from './shown-text';
import { stageToken } from './presenter-token';
import { useStageControls } from './use-stage-controls';
import { useLang } from '../../i18n/use-lang';
import { citedRecords } from './cited-records';
import { localText } from './story/local-text';
import { Handout } from './handout';
import { openNotesWindow, toggleFullscreen } from './presenter-window';
import type { StepCommand } from './step-controller';
import { useIdlePointer, useWakeLock } from './use-presenting-device';
import { usePresenterSession } from './use-presenter-session';
import { useStepKeys } from './use-step-keys';
import './presenter.css';
import { landmark } from '../../components/export-landmarks';

export interface PresenterStageProps {
  story: Story;
  embed: boolean;
  map: ReactNode;
  /** A static map of a step for the printed handout. */
  handoutMap: (step: StoryStep) => ReactNode;
  /** More controls for the bar (the Export menu), given by app/. */
  tools?: ReactNode;
}

export function PresenterStage({ story, embed, map, handoutMap, tools }: PresenterStageProps) {
  const { t } = useTranslation('presenter');
  const lang = useLang();
  const model = useAtlasModel();
  const [token] = useState(() => stageToken());
  const session = usePresenterSession(story, 'main', token);
  const controls = useStageControls();
  const { step, count, current } = session;
  const [printing, setPrinting] = useState(false);
  const onCommand = (command: StepCommand) => {
    if (command === 'fullscreen' || command === 'exit-fullscreen') toggleFullscreen();
    // Inside a host's page the story stays put: no notes window, Escape does not leave.
    else if (embed) return;
    else if (command === 'notes') openNotesWindow(token);
    else session.leave();
  };
  const keys = useStepKeys({ step, count, onStep: session.go, onCommand });
  const rootRef = useRef<HTMLDivElement>(null);
  const idle = useIdlePointer(rootRef);
  useWakeLock(!embed);
  const records = citedRecords(model, current.cites, lang);

  const print = () => {
    setPrinting(true);
    // Let the handout render its pages (and their pictures) before the print dialog snapshots them.
    requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
  };

  return (
    <div
      ref={rootRef}
      className={[
        'presenter',
        embed && 'presenter-embed',
        idle && !embed && 'is-idle',
        controls.fullscreen && 'is-fullscreen',
        !controls.shown && 'controls-hidden',
      ]
        .filter(Boolean)
        .join(' ')}
      data-step={step}
    >
      <main id="content" className="presenter-stage" aria-label={t('region')}>
        <div className="presenter-map">{map}</div>
        <div className="presenter-chart">
          <StageChart step={current} />
        </div>
        <section
          className="presenter-caption"
          {...landmark('step-caption')}
          aria-labelledby="presenter-title"
          aria-live="polite"
        >
          <p className="presenter-progress">
            <span aria-hidden="true">{t('progress', { step, count })}</span>
            <span className="visually-hidden">{t('step', { step, count })}</span>
          </p>
          <h2 id="presenter-title" {...landmark('step-title')}>
            <ShownText text={current.title} />
          </h2>
          <p className="presenter-text">
            <ShownText text={current.caption} />
          </p>
          <AnnotationList step={current} className="presenter-annotations" />
          {records.length > 0 && (
            <div className="presenter-cites">
              <h3>{t('cites')}</h3>
              <ul>
                {records.map((record) => (
                  <li key={record.id}>{record.name}</li>
                ))}
              </ul>
            </div>
          )}
        </section>
        <nav className="presenter-bar" aria-label={t('region')}>
          <button type="button" onClick={() => session.go(step - 1)} disabled={step === 1}>
            ← {t('previous')}
          </button>
          <ol className="presenter-dots">
            {story.steps.map((s, index) => (
              <li key={s.id}>
                <button
                  type="button"
                  aria-current={index + 1 === step ? 'step' : undefined}
                  aria-label={t('goTo', { step: index + 1, title: localText(s.title, lang).text })}
                  onClick={() => session.go(index + 1)}
                />
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => session.go(step + 1)} disabled={step === count}>
            {t('next')} →
          </button>
          {!embed && (
            <span className="presenter-tools">
              <button type="button" onClick={toggleFullscreen}>
                {t('fullscreen')}
              </button>
              <button type="button" onClick={() => openNotesWindow(token)}>
                {t('notes')}
              </button>
              <button type="button" onClick={print}>
                {t('print')}
              </button>
              {tools}
              <button type="button" onClick={session.leave}>
                {t('exit')}
              </button>
            </span>
          )}
        </nav>
        {keys.typed && (
          <p className="presenter-typed" role="status">
            {t('typed', { typed: keys.typed })}
          </p>
        )}
      </main>
      {keys.blank && (
        <button type="button" className="presenter-blank" onClick={() => keys.setBlank(false)}>
          <span className="visually-hidden">{t('blank')}</span>
        </button>
      )}
      {printing && <Handout story={story} map={handoutMap} />}
    </div>
  );
}
