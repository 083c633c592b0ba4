/**
 * Why a story cannot be presented (a bad `?story=` address, a file that is not a story), or which
 * of its ids this dataset lacks and where. Every text here is shown as text, never as markup.
 */
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import type { FetchFailure } from '../../dataset/fetch-dataset';
import type { MissingId } from './story/story-check';
import type { StageStory } from './use-stage-story';
import { useIssueWords } from './use-issue-words';

const MAX_SHOWN = 20;

function useFetchReason() {
  const { t } = useTranslation('stories');
  return (failure: FetchFailure): string => {
    switch (failure.reason) {
      case 'http':
        return t('fetchHttp', { status: failure.status, text: failure.statusText.slice(0, 80) });
      case 'timeout':
        return t('fetchTimeout', { seconds: failure.seconds });
      case 'too-large':
        return t('fetchTooLarge', { size: Math.round(failure.maxBytes / 1024) });
      case 'network':
        return t('fetchNetwork');
      case 'html':
        return t('fetchHtml');
    }
  };
}

export function StoryLoadProblem({ stage }: { stage: Exclude<StageStory, { status: 'ok' | 'loading' }> }) {
  const { t } = useTranslation('stories');
  const fetchReason = useFetchReason();
  const words = useIssueWords();
  let heading: string;
  let lines: string[] = [];
  if (stage.status === 'invalid-url') {
    heading = t('badStoryUrl', { value: stage.value.slice(0, 120) });
  } else if (stage.load.kind === 'fetch') {
    heading = t('storyNotFetched', { reason: fetchReason(stage.load.failure) });
  } else if (stage.load.kind === 'json') {
    heading = t('storyNotJson');
  } else {
    heading = t('storyInvalid', { count: stage.load.issues.length });
    lines = stage.load.issues.map(words);
  }
  return (
    <main id="content" className="app-main story-problem">
      <div role="alert">
        <h1>{t('storyProblemTitle')}</h1>
        <p>{heading}</p>
        {lines.length > 0 && (
          <ul>
            {lines.slice(0, MAX_SHOWN).map((line, index) => (
              <li key={index}>{line.slice(0, 300)}</li>
            ))}
          </ul>
        )}
      </div>
    </main>
  );
}

export function MissingIdsPanel({ missing, onPresent }: { missing: MissingId[]; onPresent?: () => void }) {
  const { t } = useTranslation('stories');
  // French spaces the colon, and a no-break space keeps it on the id's line.
  const colon = useLang() === 'fr' ? '\u00a0: ' : ': ';
  return (
    <main id="content" className="app-main story-problem">
      <div role="alert">
        <h1>{t('missingTitle', { count: missing.length })}</h1>
        <p>{t('missingIntro')}</p>
        <ul>
          {missing.slice(0, MAX_SHOWN).map(({ id, steps }) => (
            <li key={id}>
              <code>{id}</code>
              {colon}
              {t('missingSteps', { count: steps.length, steps: steps.join(', ') })}
            </li>
          ))}
        </ul>
      </div>
      {onPresent && (
        <button type="button" className="plain-button" onClick={onPresent}>
          {t('presentAnyway')}
        </button>
      )}
    </main>
  );
}
