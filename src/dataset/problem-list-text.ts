/**
 * Every problem of a dataset as a plain-text file, each in full on its own line: what the error
 * panel offers to download when it shows only the first ones, each cut to a readable length.
 * It is what a newsroom sends to whoever maintains the file.
 */
import { formatProblem, type Problem } from './problem';

/** One problem per line: a line break inside a path or a value is written as `\n`, never kept. */
const oneLine = (text: string) => text.replace(/\r\n?|\n|\u2028|\u2029/g, '\\n');

export function problemListText(problems: readonly Problem[], source: string): string {
  const lines = problems.map((problem) => oneLine(formatProblem(problem)));
  const heading = `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${oneLine(source)}`;
  return `${heading}\n\n${lines.join('\n')}\n`;
}

/** `custom/broken.json` -> `broken-problems.txt`: a file name with no path and no odd character. */
export function problemListFileName(source: string): string {
  const last = source.split(/[?#]/)[0]!.split('/').filter(Boolean).at(-1) ?? '';
  const base = last
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'atlas'}-problems.txt`;
}
