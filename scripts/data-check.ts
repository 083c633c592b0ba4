/**
 * `npm run data:check [file]`: validates a dataset file (default data/atlas.json) and prints every
 * problem with its JSON path, expected and found; exits 1 on any problem, 0 with a one-line summary.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { validateAtlas } from '../src/dataset/validate';
import { checkQuotes, countCitations } from '../src/dataset/quote-check';
import { formatProblem, type Problem } from '../src/dataset/problem';

const REPO = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_DATASET = join(REPO, 'data', 'atlas.json');

/** The articles folder: env ATLAS_ARTICLES_DIR, else ../shared/articles next to the repo. */
export function articlesDir(): string {
  return process.env.ATLAS_ARTICLES_DIR ?? resolve(REPO, '..', 'shared', 'articles');
}

/** Article texts keyed by file name, or null when the folder is absent. */
export function readArticles(dir = articlesDir()): Record<string, string> | null {
  if (!existsSync(dir)) return null;
  const texts: Record<string, string> = {};
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
    texts[file] = readFileSync(join(dir, file), 'utf8');
  }
  return texts;
}

export interface CheckReport {
  problems: Problem[];
  /** One line: counts when valid. */
  summary: string;
  /** Set when the quote check could not run. */
  skipped?: string;
}

/** Schema + integrity + quotes; the quote check runs even on an invalid dataset, so all is reported. */
export function checkDataset(text: string, articles: Record<string, string> | null): CheckReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      problems: [{ path: '(root)', message: `not JSON: ${message}`, expected: 'a JSON document' }],
      summary: '',
    };
  }
  const result = validateAtlas(json);
  const problems = result.ok ? [] : [...result.problems];
  if (articles) problems.push(...checkQuotes(json, articles));
  const skipped = articles ? undefined : 'skipped the quote check: no articles folder';
  if (!result.ok || problems.length) return { problems, summary: '', skipped };
  const { atlas } = result;
  const counts = (['sources', 'sites', 'events', 'investments', 'facts', 'notes'] as const)
    .map((name) => `${atlas[name].length} ${name}`)
    .join(', ');
  const quotes = articles ? `${countCitations(json)} quotes found verbatim` : 'quotes not checked';
  return { problems, summary: `v${atlas.version}: ${counts}; ${quotes}`, skipped };
}

function main(argv: string[]): number {
  const file = resolve(argv[0] ?? DEFAULT_DATASET);
  const shown = relative(process.cwd(), file) || file;
  if (!existsSync(file)) {
    console.error(`${shown}: no such file`);
    return 2;
  }
  const dir = articlesDir();
  const report = checkDataset(readFileSync(file, 'utf8'), readArticles(dir));
  if (report.skipped) console.warn(`${report.skipped} (${dir}); set ATLAS_ARTICLES_DIR to run it`);
  if (report.problems.length === 0) {
    console.log(`OK ${shown}: ${report.summary}`);
    return 0;
  }
  console.error(`${shown}: ${report.problems.length} problem(s)`);
  for (const problem of report.problems) console.error(`  ${formatProblem(problem)}`);
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
