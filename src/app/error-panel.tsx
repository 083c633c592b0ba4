import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnline } from '../features/offline/use-online';
import type { LoadFailure } from '../dataset/load-dataset';
import { clipProblemLine, formatProblemShort, type Problem } from '../dataset/problem';
import { isPhrase } from '../dataset/problem-phrase';
import { useProblemWords } from '../components/use-problem-words';
import { replaceInEmbed } from './embed-links';
import './error-panel.css';

/** A hostile file can hold 100,000 problems; the first ones say enough and keep the page usable. */
const SHOWN_PROBLEMS = 100;

/** A spreadsheet's problem (a row, or words that are phrases) is said in the reader's language. */
const spoken = (problem: Problem) =>
  problem.row !== undefined || [problem.message, problem.expected, problem.found].some(isPhrase);

interface ErrorPanelProps {
  failure: LoadFailure;
  onRetry: () => void;
  /** The `?data=` URL when a custom dataset failed, else null. */
  customUrl: string | null;
  /** The same page without `data=`, for a custom dataset. */
  defaultHref: string | null;
  /** In an embed, the link replaces the frame's history entry (embed-links.ts). */
  embed?: boolean;
}

/**
 * Shown instead of the atlas when the dataset fails: either it could not be fetched (a retry may
 * help) or the file has problems, listed by JSON path with what was expected and found: the first
 * ones on the page, each cut to a readable length, and every one in full in a text file (in
 * English, for whoever maintains the file). A spreadsheet's problems are named by row and column,
 * in the page's language.
 */
export function ErrorPanel({ failure, onRetry, customUrl, defaultHref, embed = false }: ErrorPanelProps) {
  const { t } = useTranslation('dataset');
  const words = useProblemWords();
  const shown = failure.problems.slice(0, SHOWN_PROBLEMS);
  const hidden = failure.problems.length - shown.length;
  const online = useOnline();
  // Offline, a fetch cannot succeed: say so, and try again by itself when the network is back.
  const fetchFailed = failure.kind === 'fetch';
  useEffect(() => {
    if (!fetchFailed) return;
    window.addEventListener('online', onRetry);
    return () => window.removeEventListener('online', onRetry);
  }, [fetchFailed, onRetry]);
  const fetchIntro = () => {
    if (failure.kind !== 'fetch') return '';
    if (!online) return t('fetchIntro.offline');
    const { failure: why } = failure;
    if (why.reason === 'timeout') return t('fetchIntro.timeout', { seconds: why.seconds });
    if (why.reason === 'http') return t('fetchIntro.http', { status: why.status });
    if (why.reason === 'html') return t('fetchIntro.html');
    if (why.reason === 'validator') return t('fetchIntro.validator');
    return t('fetchIntro.network');
  };
  return (
    <section
      className="error-panel panel"
      role="alert"
      aria-labelledby="error-title"
      data-kind={failure.kind}
    >
      <h2 id="error-title">{failure.kind === 'fetch' ? t('fetchTitle') : t('dataTitle')}</h2>
      <p>{failure.kind === 'fetch' ? fetchIntro() : t('dataIntro')}</p>
      {customUrl && failure.kind === 'data' && <p>{t('customIntro')}</p>}
      {customUrl && (
        <p className="error-file">
          {t('file')} <code>{customUrl}</code>
        </p>
      )}
      <ul className="error-problems">
        {shown.map((problem, index) => (
          <li key={index}>
            <code>
              {spoken(problem) ? clipProblemLine(words.line(problem)) : formatProblemShort(problem)}
            </code>
          </li>
        ))}
      </ul>
      {hidden > 0 && <p>{t('more', { count: hidden })}</p>}
      <p className="error-actions">
        <button type="button" className="error-retry" onClick={onRetry}>
          {t('retry')}
        </button>
        {failure.kind === 'data' && (
          <button
            type="button"
            className="plain-button"
            onClick={() => {
              const source = customUrl ?? 'atlas.json';
              // Nothing to say if the chunk cannot load: the list above stays, and Retry reloads.
              void import('./download-problems')
                .then((m) => m.downloadProblems(failure.problems, source))
                .catch(() => {});
            }}
          >
            {t('downloadProblems', { count: failure.problems.length })}
          </button>
        )}
        {defaultHref !== null && (
          <a href={defaultHref} onClick={replaceInEmbed(embed)}>
            {t('backToDefault')}
          </a>
        )}
      </p>
    </section>
  );
}
