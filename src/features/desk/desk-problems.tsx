/** Every problem of a file in a table: row, column, expected, found (or its JSON path). */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../dataset/problem';
import { useProblemWords } from '../../components/use-problem-words';

/** A hostile file can hold 100,000 problems: the first ones say enough. */
const SHOWN = 500;

/** A column name may wrap after its underscores (status_ date), never inside a word. */
const breakable = (name: string) =>
  name.split(/(?<=_)/).map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ));

export function DeskProblems({ name, problems }: { name: string; problems: readonly Problem[] }) {
  const { t } = useTranslation('newsroom');
  const { say } = useProblemWords();
  const spreadsheet = problems.some((problem) => problem.row !== undefined);
  // "Expected" holds the problem's message too, when it has one: "outside Europe: a number from 34 to 72".
  const expectedCell = (problem: Problem) => {
    const message = say(problem.message);
    const expected = problem.expected === undefined ? '' : say(problem.expected);
    return message && expected ? t('desk.messageExpected', { message, expected }) : message || expected;
  };
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
                    <td className="desk-row">{problem.row ?? '—'}</td>
                    <td className="desk-column">{problem.column ? breakable(problem.column) : '—'}</td>
                  </>
                ) : (
                  <td>
                    <code>{problem.path}</code>
                  </td>
                )}
                <td>{expectedCell(problem) || '—'}</td>
                <td>{problem.found === undefined ? '—' : say(problem.found)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
