/**
 * The texts of the real data/atlas.json that the atlas shows (notes, descriptions, date notes) name
 * articles by number and records by their names, never by an article's file name or a record id:
 * those are for the data, and a visitor cannot look them up. The changelog, shown in About and in
 * the changelog feed, goes further: a visitor has no table of article numbers or field names there,
 * so it names articles by title and records and fields in words (data/README.md keeps the ids).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET } from './data-check';

const atlas = JSON.parse(readFileSync(DEFAULT_DATASET, 'utf8')) as Record<string, unknown>;
const FILE_NAME = /\b\d{3}_[0-9a-f]{16}\.txt\b/;

/** Every { fr, en } text of the dataset with its JSON path. */
function shownTexts(value: unknown, path: string): { path: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => shownTexts(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.fr === 'string' && typeof record.en === 'string')
    return [
      { path: `${path}.fr`, text: record.fr },
      { path: `${path}.en`, text: record.en },
    ];
  return Object.entries(record).flatMap(([key, item]) => shownTexts(item, path ? `${path}.${key}` : key));
}

const ids = ['sources', 'sites', 'events', 'investments', 'facts', 'notes']
  .flatMap((key) => (atlas[key] as { id: string }[] | undefined) ?? [])
  .map((record) => record.id)
  // One-word ids ("essonne") are also words of the texts; the hyphenated ones are only ours.
  .filter((id) => id.includes('-'));

describe('the texts of data/atlas.json', () => {
  const texts = shownTexts(atlas, '');

  it('name no article file', () => {
    expect(texts.filter(({ text }) => FILE_NAME.test(text)).map(({ path }) => path)).toEqual([]);
  });

  it('name no record id', () => {
    const named = texts.flatMap(({ path, text }) =>
      ids
        .filter((id) => new RegExp(`(^|[^a-z0-9-])${id}($|[^a-z0-9-])`).test(text))
        .map((id) => `${path}: ${id}`),
    );
    expect(named).toEqual([]);
  });

  it('write the changelog for readers: no article number, schema field or repository path', () => {
    const internal = /\barticles? \d{3}\b|\w\[\]|\bpartOf\b|\.md\b|\{fr, en\}/i;
    expect(
      texts
        .filter(({ path, text }) => path.startsWith('changelog') && internal.test(text))
        .map(({ path }) => path),
    ).toEqual([]);
  });
});
