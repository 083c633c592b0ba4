/**
 * The printed handout: one page per step with its title, caption, a static map (from app/, which
 * may compose the map feature), the step's chart as a static picture, the notes and the quotes.
 * Hidden on screen; the print style shows it instead of the stage.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../dataset/model-context';
import type { Story, StoryStep } from './story/story-schema';
import { useLang } from '../../i18n/use-lang';
import { citedRecords } from './cited-records';
import { HandoutChart } from './handout-chart';
import { AnnotationList } from './annotation-list';
import { ShownText } from './shown-text';
import './handout.css';

export function Handout({ story, map }: { story: Story; map: (step: StoryStep) => ReactNode }) {
  const { t } = useTranslation('presenter');
  const lang = useLang();
  const model = useAtlasModel();
  return (
    <div className="handout" data-testid="handout">
      {story.steps.map((step, index) => (
        <article key={step.id} className="handout-page">
          <p className="handout-meta">
            <ShownText text={story.title} /> · {t('progress', { step: index + 1, count: story.steps.length })}
          </p>
          <h2>
            <ShownText text={step.title} />
          </h2>
          <p className="handout-caption">
            <ShownText text={step.caption} />
          </p>
          <AnnotationList step={step} />
          <div className="handout-pictures">
            <div className="handout-map">{map(step)}</div>
            <HandoutChart step={step} />
          </div>
          <h3>{t('notesTitle')}</h3>
          <p>
            <ShownText text={step.notes} />
          </p>
          <h3>{t('quotes')}</h3>
          <ul className="handout-quotes">
            {citedRecords(model, step.cites, lang).flatMap((record) =>
              record.quotes.slice(0, 2).map((quote) => (
                <li key={`${record.id}-${quote.quote}`}>
                  <q lang="fr">{quote.quote}</q> — {quote.outlet} ({record.name})
                </li>
              )),
            )}
          </ul>
        </article>
      ))}
    </div>
  );
}
