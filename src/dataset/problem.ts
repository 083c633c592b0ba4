/**
 * One thing wrong with a dataset, named by its JSON path (`sites[1].location.lat`), or for a
 * spreadsheet by its row and column as the spreadsheet numbers them (`row 4, column lat`).
 */
export interface Problem {
  path: string;
  /** Empty when `expected` and `found` say it all ("row 4, column lat: expected …, found …"). */
  message: string;
  expected?: string;
  found?: string;
  /** A spreadsheet's row (the header is row 1) and column header, for a CSV dataset. */
  row?: number;
  column?: string;
}

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
  const text = formatProblem(problem);
  return text.length > MAX_PROBLEM_LENGTH ? `${text.slice(0, MAX_PROBLEM_LENGTH - 1)}…` : text;
}

export function formatProblem(problem: Problem): string {
  const detail = [
    problem.expected !== undefined ? `expected ${problem.expected}` : '',
    problem.found !== undefined ? `found ${problem.found}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (!problem.message) return `${problem.path}: ${detail}`;
  return `${problem.path}: ${problem.message}${detail ? ` (${detail})` : ''}`;
}
