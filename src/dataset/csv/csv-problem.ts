import type { Problem } from '../problem';
import type { Phrase, ProblemText } from '../problem-phrase';
import { quoteFound } from './csv-values';

/** "row 4, column lat: expected a number from -90 to 90, found 'north'". */
export function cellProblem(row: number, column: string, expected: Phrase, cell: string): Problem {
  return {
    path: `row ${row}, column ${column}`,
    message: '',
    expected,
    found: quoteFound(cell),
    row,
    column,
  };
}

/** A problem of a row (or the header) as a whole, not of one cell. */
export function rowProblem(row: number, message: ProblemText, column?: string): Problem {
  return {
    path: column ? `row ${row}, column ${column}` : `row ${row}`,
    message,
    row,
    ...(column ? { column } : {}),
  };
}
