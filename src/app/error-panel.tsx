import { useTranslation } from 'react-i18next';
import { formatProblem, type Problem } from '../dataset/problem';

/** Shown instead of the atlas when the dataset fails validation: every problem, by JSON path. */
export function ErrorPanel({ problems }: { problems: readonly Problem[] }) {
  const { t } = useTranslation();
  return (
    <section className="error-panel panel" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">{t('error.title')}</h2>
      <p>{t('error.intro')}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
