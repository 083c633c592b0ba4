import { describe, expect, it } from 'vitest';
import { inEnglish, PHRASES_IN_ENGLISH, type Phrase, type PhraseKey } from '../dataset/problem-phrase';
import { createI18n } from './i18n';
import { resources } from './resources';

const KEYS = Object.keys(PHRASES_IN_ENGLISH) as PhraseKey[];

/** Every string under `tree`, by its dotted key. */
function strings(tree: unknown, prefix: string): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  return Object.entries(tree as object).flatMap(([key, value]) => strings(value, `${prefix}.${key}`));
}

const raw = (lang: 'en' | 'fr', key: string) =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], resources[lang].newsroom);

// Values of the kinds the CSV reader gives: numbers, a cell's text, lists of codes.
const SAMPLE = {
  min: -90,
  max: 5000,
  values: ['announced', 'planned', 'operational'],
  codes: ['EUR', 'USD'],
  column: 'lat',
  cell: 'north',
  length: 5001,
  id: 'a',
  row: 3,
  mb: 64,
  error: 'NotReadableError',
};
const sample = (key: PhraseKey): Phrase => ({ key, values: SAMPLE });

describe('problem phrases', () => {
  it('say in en/newsroom.json exactly what Node-side tools print (PHRASES_IN_ENGLISH)', () => {
    const inJson = [
      ...strings(resources.en.newsroom.csv.expected, 'csv.expected'),
      ...strings(resources.en.newsroom.csv.found, 'csv.found'),
      ...strings(resources.en.newsroom.csv.problem, 'csv.problem'),
      ...strings(resources.en.newsroom.file, 'file'),
    ];
    expect(Object.fromEntries(inJson)).toEqual(PHRASES_IN_ENGLISH);
  });

  it.each(KEYS)('%s reads the same through i18next in English as inEnglish prints it', (key) => {
    const { t } = createI18n('en');
    expect(t(key, { ns: 'newsroom', ...SAMPLE })).toBe(inEnglish(sample(key)));
  });

  it.each(KEYS)('%s is French in French, not the English sentence', (key) => {
    const french = createI18n('fr').t(key, { ns: 'newsroom', ...SAMPLE });
    expect(typeof raw('fr', key)).toBe('string');
    expect(french).not.toBe(inEnglish(sample(key)));
  });

  it('keeps French typography: a no-break space before ":", a narrow one before ";", "!" and "?"', () => {
    const french = [
      ...strings(resources.fr.newsroom.csv, 'csv'),
      ...strings(resources.fr.newsroom.file, 'file'),
      ['desk.messageExpected', resources.fr.newsroom.desk.messageExpected] as [string, string],
    ];
    // Punctuation is a mark followed by a space or the end ("https://" and "?data=" are not), outside
    // the placeholders ("{{codes, list(type: disjunction)}}").
    const wrong = french.filter(([, template]) => {
      const text = template.replace(/\{\{[^}]*\}\}/g, 'x');
      return /[^\u00A0]:(?=\s|$)/.test(text) || /[^\u202F][;!?](?=\s|$)/.test(text);
    });
    expect(wrong).toEqual([]);
    expect(raw('fr', 'csv.expected.oneOf')).toContain('\u00A0:');
  });
});
