import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkQuotes,
  collectCitations,
  containsQuote,
  foldWhitespace,
  longestMatchingStart,
} from './quote-check';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../data/fixtures/${name}.json`, import.meta.url), 'utf8'));

const FILE = '003_067319398101c7ab.txt';
// A stand-in article, so these tests run without ../shared/articles.
const article = [
  'Pépite française, Mistral AI a choisi la France pour construire son premier centre de données.',
  'Il a précisé que le datacenter serait implanté en Essonne et représenterait “plusieurs milliards d’euros” d’investissement.',
  'Arthur Mensch a fait cette annonce le dimanche 9 février sur la chaîne TF1.',
  'S’il est doté d’une capacité de 40\u00a0mégawatts, celle-ci devrait doubler.',
  'Le nombre exact de GPU employés n’a cependant pas été précisé. Grâce à ce tour de table, une valorisation',
  'impressionnante de 5,8 milliards d’euros.',
].join('\n');

describe('foldWhitespace / containsQuote', () => {
  it('folds runs of spaces, newlines, tabs and non-breaking spaces into one space', () => {
    expect(foldWhitespace(' a \u00a0 b\n\t c\u202fd ')).toBe('a b c d');
  });

  it('finds a quote across a line break and a non-breaking space', () => {
    expect(containsQuote(article, 'une valorisation impressionnante')).toBe(true);
    expect(containsQuote(article, 'capacité de 40 mégawatts')).toBe(true);
  });

  it('is exact otherwise: apostrophes, case and accents matter', () => {
    expect(containsQuote(article, "S'il est doté")).toBe(false);
    expect(containsQuote(article, 'mistral ai a choisi')).toBe(false);
    expect(containsQuote(article, '   ')).toBe(false);
  });

  it('says how far a wrong quote matches', () => {
    expect(longestMatchingStart(article, 'a choisi la Suède')).toBe('a choisi la ');
  });
});

describe('collectCitations', () => {
  it('finds citations at every depth, with their paths', () => {
    const paths = collectCitations(fixture('valid-minimal')).map((c) => c.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'sites[0].location.citations[0]',
        'sites[0].statusHistory[0].citations[0]',
        'sites[0].figures[0].citations[0]',
        'sites[0].citations[0]',
        'notes[0].citations[0]',
      ]),
    );
  });
});

describe('checkQuotes', () => {
  it('passes the minimal dataset', () => {
    expect(checkQuotes(fixture('valid-minimal'), { [FILE]: article })).toEqual([]);
  });

  it('reports a wrong quote at its path', () => {
    const problems = checkQuotes(fixture('wrong-quote'), { [FILE]: article });
    expect(problems.map((p) => p.path)).toEqual(['sites[0].citations[0].quote']);
    expect(problems[0]?.expected).toBe(`an excerpt of ${FILE}`);
  });

  it('reports a missing article file', () => {
    const problems = checkQuotes(fixture('valid-minimal'), {});
    expect(problems[0]).toMatchObject({ path: 'sites[0].location.citations[0].source', found: 'nothing' });
  });

  it('still checks quotes when the rest of the dataset is invalid', () => {
    const paths = checkQuotes(fixture('many-problems'), { [FILE]: article }).map((p) => p.path);
    expect(paths).toEqual(['facts[0].citations[0].quote']);
  });
});
