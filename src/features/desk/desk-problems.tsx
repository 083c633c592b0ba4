/** Every problem of a file in a table: row, column, expected, found (or its JSON path). */
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../dataset/problem';

/** A hostile file can hold 100,000 problems: the first ones say enough. */
const SHOWN = 500;

export function DeskProblems({ name, problems }: { name: string; problems: readonly Problem[] }) {
  const { t } = useTranslation('newsroom');
  const spreadsheet = problems.some((problem) => problem.row !== undefined);
  return (
    <section className="desk-problems" role="alert" aria-labelledby="desk-problems-title">
      <h2 id="desk-problems-title">{t('desk.problemsTitle', { count: problems.length, name })}</h2>
      <p>{t('desk.problemsIntro')}</p>
      <div className="desk-table-scroll">
        <table>
          <thead>
            <tr>
              {spreadsheet ? (
                <>
                  <th scope="col">{t('desk.row')}</th>
                  <th scope="col">{t('desk.column')}</th>
                </>
              ) : (
                <th scope="col">{t('desk.where')}</th>
              )}
              <th scope="col">{t('desk.expected')}</th>
              <th scope="col">{t('desk.found')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.slice(0, SHOWN).map((problem, index) => (
              <tr key={index}>
                {spreadsheet ? (
                  <>
                    <td>{problem.row ?? '—'}</td>
                    <td>{problem.column ?? '—'}</td>
                  </>
                ) : (
                  <td>
                    <code>{problem.path}</code>
                  </td>
                )}
                <td>{[problem.message, problem.expected].filter(Boolean).join(': ') || '—'}</td>
                <td>{problem.found ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
