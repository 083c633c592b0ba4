/**
 * French puts a space before ":", ";", "!" and "?" and inside « guillemets ». A plain space there
 * lets a narrow screen start a line with ":" ("7 déc. 2026⏎: 4 sites"), so every French string uses
 * a no-break space (U+00A0) before ":" and inside « », and a narrow no-break space (U+202F) before
 * ";", "!" and "?".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** The space each mark wants before it (after it, for «). */
const WANTED: Record<string, string> = {
  ':': NBSP,
  ';': NNBSP,
  '!': NNBSP,
  '?': NNBSP,
  '«': NBSP,
  '»': NBSP,
};
const NAMES: Record<string, string> = { ' ': 'a plain space', [NBSP]: 'U+00A0', [NNBSP]: 'U+202F' };

// A space, then a mark that ends a clause ("?data=" is a URL parameter, not a question), or « then a space.
const SPACED_MARK = /([ \u00a0\u202f])([:;!?»])(?![\p{L}\p{N}=])|(«)([ \u00a0\u202f])/gu;

/** Each wrong space in a French text, e.g. `a plain space before ":" in "Source : cinq"`. */
function frenchSpacingProblems(text: string): string[] {
  return [...text.matchAll(SPACED_MARK)].flatMap((match) => {
    const [space, mark] = match[1] ? [match[1], match[2]!] : [match[4]!, match[3]!];
    if (space === WANTED[mark]) return [];
    const where = mark === '«' ? `after "«"` : `before "${mark}"`;
    const at = match.index;
    const context = text.slice(Math.max(0, at - 12), at + 14);
    return [`${NAMES[space]} ${where} (wants ${NAMES[WANTED[mark]!]}) in "${context}"`];
  });
}

/** Every string of a JSON tree with its key path. */
function strings(tree: unknown, path: string): { key: string; text: string }[] {
  if (typeof tree === 'string') return [{ key: path, text: tree }];
  if (typeof tree !== 'object' || tree === null) return [];
  return Object.entries(tree).flatMap(([key, value]) => strings(value, path ? `${path}.${key}` : key));
}

/** The French side of every `{ fr, en }` text of a data file; quotes and excerpts are not `{ fr, en }`. */
function frenchTexts(tree: unknown, path: string): { key: string; text: string }[] {
  if (Array.isArray(tree)) return tree.flatMap((item, index) => frenchTexts(item, `${path}[${index}]`));
  if (typeof tree !== 'object' || tree === null) return [];
  const record = tree as Record<string, unknown>;
  if (typeof record.fr === 'string' && typeof record.en === 'string')
    return [{ key: `${path}.fr`, text: record.fr }];
  return Object.entries(record).flatMap(([key, value]) => frenchTexts(value, path ? `${path}.${key}` : key));
}

const LOCALES = new URL('./locales/fr/', import.meta.url);
const DATA = new URL('../../data/', import.meta.url);

describe('French spacing', () => {
  it('finds a plain space before each mark and inside guillemets, and the wrong no-break space', () => {
    expect(
      frenchSpacingProblems(`Source${NBSP}: ok${NNBSP}; «${NBSP}a${NBSP}» b${NNBSP}? c${NNBSP}!`),
    ).toEqual([]);
    expect(frenchSpacingProblems('passez-le en ?data=.')).toEqual([]);
    expect(frenchSpacingProblems('a : b').length).toBe(1);
    expect(frenchSpacingProblems('a ; b ? c !').length).toBe(3);
    expect(frenchSpacingProblems('« a »').length).toBe(2);
    expect(frenchSpacingProblems(`a${NNBSP}: b`)).toEqual([
      `U+202F before ":" (wants U+00A0) in "a${NNBSP}: b"`,
    ]);
    expect(frenchSpacingProblems(`a${NBSP}; b`).length).toBe(1);
  });

  const files = readdirSync(LOCALES).filter((name) => name.endsWith('.json'));

  it.each(files)('locales/fr/%s keeps no line from starting with a mark', (file) => {
    const tree: unknown = JSON.parse(readFileSync(new URL(file, LOCALES), 'utf8'));
    const namespace = file.replace(/\.json$/, '');
    const problems = strings(tree, '').flatMap(({ key, text }) =>
      frenchSpacingProblems(text).map((problem) => `${namespace}:${key}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  // The dataset's quotes (`citations[].quote`) and the references' titles and excerpts are the
  // sources' own words, spaced as the sources space them: they are plain strings, not read here.
  it.each(['atlas.json', 'story.json'])('data/%s writes its French texts the same way', (file) => {
    const tree: unknown = JSON.parse(readFileSync(new URL(file, DATA), 'utf8'));
    const problems = frenchTexts(tree, '').flatMap(({ key, text }) =>
      frenchSpacingProblems(text).map((problem) => `${key}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });
});
