/** One thing wrong with a dataset, named by its JSON path (`sites[1].location.lat`). */
export interface Problem {
  path: string;
  message: string;
  expected?: string;
  found?: string;
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
  return `${problem.path}: ${problem.message}${detail ? ` (${detail})` : ''}`;
}
