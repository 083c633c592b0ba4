/**
 * A dataset problem in the reader's language: its phrases (problem-phrase.ts) translated with the
 * `newsroom` locale files, plain text (the JSON validation's English) as it is. Shared by the Data
 * desk's table and the `?data=` error panel.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../dataset/problem';
import type { ProblemText } from '../dataset/problem-phrase';

export interface ProblemWords {
  say: (text: ProblemText) => string;
  /** "ligne 4, colonne lat" for a spreadsheet's problem, the JSON path otherwise. */
  place: (problem: Problem) => string;
  /** The whole problem on one line, laid out as `formatProblem` lays it out in English. */
  line: (problem: Problem) => string;
}

export function useProblemWords(): ProblemWords {
  const { t } = useTranslation('newsroom');
  return useMemo(() => {
    const say = (text: ProblemText) => (typeof text === 'string' ? text : t(text.key, { ...text.values }));
    const place = ({ path, row, column }: Problem) => {
      if (row === undefined) return path;
      // A missing column names its column (the desk's Column cell) but is a problem of row 1, the
      // header, as its path says: it has no cell.
      const cell = column !== undefined && path !== `row ${row}`;
      return cell ? t('csv.where.cell', { row, column }) : t('csv.where.row', { row });
    };
    const line = (problem: Problem) => {
      const detail = [
        problem.expected !== undefined ? t('csv.line.expected', { expected: say(problem.expected) }) : '',
        problem.found !== undefined ? t('csv.line.found', { found: say(problem.found) }) : '',
      ]
        .filter(Boolean)
        .join(', ');
      const message = say(problem.message);
      if (!message || !detail) return t('csv.line.plain', { place: place(problem), text: message || detail });
      return t('csv.line.withDetail', { place: place(problem), message, detail });
    };
    return { say, place, line };
  }, [t]);
}
