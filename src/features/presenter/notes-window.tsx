/**
 * The speaker-notes window (`…&present=N&notes=1`): this step's notes and quotes, the next step's
 * title, the elapsed time and the step count. It follows the presentation and drives it.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../dataset/model-context';
import type { Story } from './story/story-schema';
import { useLang } from '../../i18n/use-lang';
import { citedRecords } from './cited-records';
import { usePresenterSession } from './use-presenter-session';
import { useStepKeys } from './use-step-keys';
import { AnnotationList } from './annotation-list';
import { localText } from './story/local-text';
import { ShownText } from './shown-text';
import './presenter.css';
import './notes-window.css';

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  const hours = Math.floor(total / 3600);
  const rest = `${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
  return hours > 0 ? `${hours}:${rest}` : rest;
}

export function NotesWindow({
  story,
  token,
  onStory,
}: {
  story: Story;
  token: string;
  onStory: (story: unknown) => void;
}) {
  const { t } = useTranslation('presenter');
  const lang = useLang();
  const model = useAtlasModel();
  const session = usePresenterSession(story, 'notes', token, onStory);
  const { step, count, current, startedAt } = session;
  useStepKeys({ step, count, onStep: session.go, onCommand: () => undefined });
  const now = useNow();
  const next = story.steps[step];
  useEffect(() => {
    document.title = `${t('notesTitle')} · ${t('progress', { step, count })}`;
  }, [t, step, count]);

  return (
    <main id="content" className="presenter-notes" aria-labelledby="notes-title">
      <header className="notes-header">
        <h1 id="notes-title">
          {t('notesTitle')} · <span data-testid="notes-progress">{t('progress', { step, count })}</span>
        </h1>
        <p className="notes-clock">
          {t('elapsed')}: <time>{startedAt === null ? '–' : formatElapsed(now - startedAt)}</time>
        </p>
      </header>
      <h2>
        <ShownText text={current.title} />
      </h2>
      <section aria-label={t('notesFor', { step })}>
        <p className="notes-text">
          <ShownText text={current.notes} />
        </p>
        <AnnotationList step={current} />
      </section>
      <p className="notes-next">
        {next ? t('nextStep', { title: localText(next.title, lang).text }) : t('lastStep')}
      </p>
      <nav className="notes-bar" aria-label={t('region')}>
        <button type="button" onClick={() => session.go(step - 1)} disabled={step === 1}>
          ← {t('previous')}
        </button>
        <button type="button" onClick={() => session.go(step + 1)} disabled={step === count}>
          {t('next')} →
        </button>
      </nav>
      <section className="notes-quotes" aria-labelledby="notes-quotes-title">
        <h3 id="notes-quotes-title">{t('quotes')}</h3>
        <ul>
          {citedRecords(model, current.cites, lang).flatMap((record) =>
            record.quotes.map((quote) => (
              <li key={`${record.id}-${quote.quote}`}>
                <q lang="fr">{quote.quote}</q> — {quote.outlet}{' '}
                <span className="notes-record">({record.name})</span>
              </li>
            )),
          )}
        </ul>
      </section>
      <p className="notes-keys">{t('keysHint')}</p>
    </main>
  );
}
