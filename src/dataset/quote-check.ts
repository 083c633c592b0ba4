/**
 * Every citation quotes its article verbatim. Pure and browser-safe: the caller reads the
 * articles (Node scripts, tests) and passes their texts keyed by file name.
 */
import { formatPath, type Problem } from './problem';

/** Folds every run of white space, non-breaking spaces included (JS `\s`), into one space. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function containsQuote(article: string, quote: string): boolean {
  const needle = foldWhitespace(quote);
  return needle.length > 0 && foldWhitespace(article).includes(needle);
}

/** The longest start of `quote` found in `article`: tells an editor where a quote goes wrong. */
export function longestMatchingStart(article: string, quote: string): string {
  const haystack = foldWhitespace(article);
  const needle = foldWhitespace(quote);
  let low = 0;
  let high = needle.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (haystack.includes(needle.slice(0, middle))) low = middle;
    else high = middle - 1;
  }
  return needle.slice(0, low);
}

export interface CitationRef {
  /** JSON path of the citation, e.g. `sites[0].citations[1]`. */
  path: string;
  source: string;
  quote: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every `{source, quote}` under any `citations` array, wherever it sits (tolerates invalid data). */
export function collectCitations(value: unknown, path: PropertyKey[] = []): CitationRef[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => collectCitations(item, [...path, index]));
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    if (key !== 'citations' || !Array.isArray(child)) return collectCitations(child, [...path, key]);
    return child.flatMap((citation, index): CitationRef[] =>
      isRecord(citation) && typeof citation.source === 'string' && typeof citation.quote === 'string'
        ? [{ path: formatPath([...path, key, index]), source: citation.source, quote: citation.quote }]
        : [],
    );
  });
}

/** Source id -> article file name, read leniently from a possibly invalid dataset. */
export function sourceFiles(dataset: unknown): Map<string, string> {
  const files = new Map<string, string>();
  const sources = isRecord(dataset) && Array.isArray(dataset.sources) ? dataset.sources : [];
  for (const source of sources) {
    if (isRecord(source) && typeof source.id === 'string' && typeof source.file === 'string') {
      files.set(source.id, source.file);
    }
  }
  return files;
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Problems for quotes not found verbatim in their article. Unknown source ids are left to the
 * integrity check; a known source whose article is missing from `articles` is a problem.
 */
export function checkQuotes(dataset: unknown, articles: Readonly<Record<string, string>>): Problem[] {
  const files = sourceFiles(dataset);
  const problems: Problem[] = [];
  for (const citation of collectCitations(dataset)) {
    const file = files.get(citation.source);
    if (file === undefined) continue;
    const article = articles[file];
    if (article === undefined) {
      problems.push({
        path: `${citation.path}.source`,
        message: `article ${file} of source "${citation.source}" is not in the articles folder`,
        expected: `a file named ${file}`,
        found: 'nothing',
      });
    } else if (!containsQuote(article, citation.quote)) {
      const start = longestMatchingStart(article, citation.quote);
      problems.push({
        path: `${citation.path}.quote`,
        message: `quote not found verbatim in ${file}${start ? `; it matches up to "${shorten(start.slice(-40))}"` : ''}`,
        expected: `an excerpt of ${file}`,
        found: JSON.stringify(shorten(citation.quote)),
      });
    }
  }
  return problems;
}

/** The number of citations `checkQuotes` looked at, for summaries. */
export function countCitations(dataset: unknown): number {
  return collectCitations(dataset).length;
}
