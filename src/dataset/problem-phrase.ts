/**
 * A problem's words as data, not as an English sentence: a key of the `newsroom` locale files and
 * the values it names (`{ key: 'csv.expected.numberRange', values: { min: -90, max: 90 } }`). A view
 * says it in the reader's language with i18next; Node-side tools (data:check, the build, the tests)
 * print it in English with `inEnglish`, without i18next.
 *
 * PHRASES_IN_ENGLISH holds the same sentences as the `csv` and `file` sections of
 * src/i18n/locales/en/newsroom.json, placeholders included; a test there keeps the two equal
 * (the dataset imports nothing from i18n).
 */
export const PHRASES_IN_ENGLISH = {
  'csv.expected.numberRange': 'a number from {{min}} to {{max}}',
  'csv.expected.numberAtLeast': 'a number, {{min}} or more',
  'csv.expected.oneOf': 'one of {{values, list(type: disjunction)}}',
  'csv.expected.partialDate': 'a date written YYYY, YYYY-MM or YYYY-MM-DD',
  'csv.expected.day': 'a day written YYYY-MM-DD',
  'csv.expected.country': 'a two-letter ISO 3166 country code such as FR',
  'csv.expected.currency': 'a currency code: {{codes, list(type: disjunction)}}',
  'csv.expected.url': 'a web address starting with https:// or http://',
  'csv.expected.id': 'a kebab-case id (a-z, 0-9, single hyphens), at most {{max}} characters',
  'csv.expected.siteName': 'the name of the site',
  'csv.expected.quoteLength': 'a quote of {{min}} to {{max}} characters',
  'csv.expected.column': 'a column named {{column}}',
  'csv.expected.uniqueId': 'a unique id',
  'csv.found.cell': "'{{cell}}'",
  'csv.found.emptyCell': 'an empty cell',
  'csv.found.length': '{{length, number}} characters',
  'csv.found.brokenUtf16': 'broken UTF-16',
  'csv.problem.noHeader': 'the file has no header row',
  'csv.problem.onlyHeader': 'the file has no site: only a header',
  'csv.problem.missingColumn': 'the header has no column "{{column}}"',
  'csv.problem.columnTwice': 'this column appears twice',
  'csv.problem.unclosedQuote': 'a quoted cell is never closed',
  'csv.problem.strayQuote': 'a quote inside a quoted cell is not doubled ("")',
  'csv.problem.bidi': 'contains a bidirectional override',
  'csv.problem.control': 'contains a control character',
  'csv.problem.loneSurrogate': 'contains a lone surrogate',
  'csv.problem.tooLong': 'longer than {{max, number}} characters',
  'csv.problem.duplicateId': 'duplicate id "{{id}}", first used in row {{row}}',
  'csv.problem.outsideEurope': 'outside Europe',
  'file.tooLarge': 'larger than {{mb}} MB',
  'file.unreadable': 'could not be read: {{error}}',
} as const;

export type PhraseKey = keyof typeof PHRASES_IN_ENGLISH;
/** A list (status values, currency codes) is passed as its literal codes: the language joins them. */
export type PhraseValue = string | number | readonly string[];

export interface Phrase {
  key: PhraseKey;
  values?: Readonly<Record<string, PhraseValue>>;
}

/** What a problem says: a phrase, or plain text (the JSON validation's own English words). */
export type ProblemText = string | Phrase;

export function phrase(key: PhraseKey, values?: Readonly<Record<string, PhraseValue>>): Phrase {
  return values ? { key, values } : { key };
}

const PLACEHOLDER = /\{\{(\w+)(?:,\s*(\w+)(?:\(([^)]*)\))?)?\}\}/g;

/** `{{x}}`, `{{x, number}}` and `{{x, list(type: disjunction)}}`, as i18next formats them in English. */
function formatValue(value: PhraseValue | undefined, format?: string, options?: string): string {
  if (value === undefined) return '';
  if (format === 'number' && typeof value === 'number') return new Intl.NumberFormat('en').format(value);
  if (format === 'list' && Array.isArray(value)) {
    const type = /type:\s*(\w+)/.exec(options ?? '')?.[1] as Intl.ListFormatType | undefined;
    return new Intl.ListFormat('en', { type: type ?? 'conjunction' }).format(value);
  }
  return Array.isArray(value) ? value.join(', ') : String(value);
}

export function inEnglish({ key, values = {} }: Phrase): string {
  // One pass: a value holding `{{…}}` (a cell of the file) is never read as a placeholder.
  return PHRASES_IN_ENGLISH[key].replace(PLACEHOLDER, (_, name: string, format?: string, options?: string) =>
    formatValue(values[name], format, options),
  );
}

export function textInEnglish(text: ProblemText): string {
  return typeof text === 'string' ? text : inEnglish(text);
}

export function isPhrase(text: ProblemText | undefined): text is Phrase {
  return typeof text === 'object' && text !== null;
}
