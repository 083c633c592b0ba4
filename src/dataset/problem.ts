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

export function formatProblem(problem: Problem): string {
  const detail = [
    problem.expected !== undefined ? `expected ${problem.expected}` : '',
    problem.found !== undefined ? `found ${problem.found}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${problem.path}: ${problem.message}${detail ? ` (${detail})` : ''}`;
}
