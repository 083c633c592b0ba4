import { textInEnglish, type ProblemText } from './problem-phrase.ts';

/**
 * One thing wrong with a dataset, named by its JSON path (`sites[1].location.lat`), or for a
 * spreadsheet by its row and column as the spreadsheet numbers them (`row 4, column lat`).
 * A spreadsheet's problems are phrases (problem-phrase.ts), said in the reader's language; the
 * JSON validation's are plain English text.
 */
export interface Problem {
  path: string;
  /** Empty when `expected` and `found` say it all ("row 4, column lat: expected …, found …"). */
  message: ProblemText;
  expected?: ProblemText;
  found?: ProblemText;
  /** A spreadsheet's row (the header is row 1) and column header, for a CSV dataset. */
  row?: number;
  column?: string;
  /** The dataset's own rule that was broken, with its figures: a spreadsheet words it by row. */
  rule?: BrokenRule;
}

export type BrokenRule =
  | { name: 'duplicateId'; id: string; firstPath: string }
  | { name: 'outsideEurope'; min: number; max: number };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** A printed problem stays readable: a 3 MB key must not become a 3 MB line (the full text is downloadable). */
export const MAX_PROBLEM_LENGTH = 300;

/** formatProblem cut to MAX_PROBLEM_LENGTH characters, with an ellipsis when cut. */
export function formatProblemShort(problem: Problem): string {
  return clipProblemLine(formatProblem(problem));
}

/** A problem's line cut to MAX_PROBLEM_LENGTH characters, with an ellipsis when cut. */
export function clipProblemLine(text: string): string {
  return text.length > MAX_PROBLEM_LENGTH ? `${text.slice(0, MAX_PROBLEM_LENGTH - 1)}…` : text;
}

/** The problem in English, on one line: what Node-side tools print and the problem list file holds. */
export function formatProblem(problem: Problem): string {
  const detail = [
    problem.expected !== undefined ? `expected ${textInEnglish(problem.expected)}` : '',
    problem.found !== undefined ? `found ${textInEnglish(problem.found)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const message = textInEnglish(problem.message);
  if (!message) return `${problem.path}: ${detail}`;
  return `${problem.path}: ${message}${detail ? ` (${detail})` : ''}`;
}
