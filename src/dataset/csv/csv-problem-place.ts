/**
 * A problem the dataset's own validation found (by JSON path) -> the row and column of the
 * spreadsheet it comes from, so a newsroom never sees `sites[2].location.lat`.
 */
import type { Problem } from '../problem';
import type { CsvColumn } from './csv-columns';

const EXTERNAL_FIELDS: Record<string, CsvColumn> = {
  url: 'source_url',
  title: 'source_title',
  publisher: 'source_url',
  published: 'source_date',
  excerpt: 'quote',
};

/** The column of `rest`, a path inside one site (`location.lat`) or one investment (`amount.unit`). */
function columnOf(collection: 'sites' | 'investments', rest: string): CsvColumn {
  const external = /(?:^|\.)external(?:\[\d+\])?(?:\.(\w+))?/.exec(rest);
  if (external) return EXTERNAL_FIELDS[external[1] ?? 'url'] ?? 'source_url';
  if (collection === 'investments') {
    if (rest.startsWith('amount.unit')) return 'currency';
    if (rest.startsWith('id')) return 'id';
    if (rest.startsWith('announced')) return 'source_date';
    if (rest.startsWith('country')) return 'country';
    return 'investment';
  }
  const rules: [RegExp, CsvColumn][] = [
    [/^id/, 'id'],
    [/^name\.fr/, 'name_fr'],
    [/^name/, 'name_en'],
    [/^summary/, 'source_title'],
    [/^operator/, 'operator'],
    [/^location\.lat/, 'lat'],
    [/^location\.lon/, 'lon'],
    [/^location\.country/, 'country'],
    [/^location/, 'place'],
    [/^statusHistory(?:\[\d+\])?\.status/, 'status'],
    [/^statusHistory/, 'status_date'],
    [/^partners/, 'partners'],
    [/^figures/, 'capacity_mw'],
  ];
  return rules.find(([pattern]) => pattern.test(rest))?.[1] ?? 'source_url';
}

const ROW_PATH = /^(sites|investments)\[(\d+)\]\.?(.*)$/;

export function placeProblem(
  problem: Problem,
  siteRows: readonly number[],
  investmentRows: readonly number[],
): Problem {
  const match = ROW_PATH.exec(problem.path);
  if (!match) return problem;
  const collection = match[1] as 'sites' | 'investments';
  const row = (collection === 'sites' ? siteRows : investmentRows)[Number(match[2])];
  if (row === undefined) return problem;
  const column = columnOf(collection, match[3] ?? '');
  return { ...problem, path: `row ${row}, column ${column}`, row, column };
}
