/**
 * A problem the dataset's own validation found (by JSON path) -> the row and column of the
 * spreadsheet it comes from, so a newsroom never sees `sites[2].location.lat`.
 */
import type { Problem } from '../problem';
import { phrase } from '../problem-phrase';
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

/**
 * The dataset's rules a spreadsheet can break, in its own words: a duplicate id names the row that
 * used it first, not a JSON path. Other problems keep the validation's (English) words.
 */
function inSpreadsheetWords(problem: Problem, rowOf: (path: string) => number | undefined): Problem {
  const { rule } = problem;
  if (rule?.name === 'outsideEurope') {
    return {
      ...problem,
      message: phrase('csv.problem.outsideEurope'),
      expected: phrase('csv.expected.numberRange', { min: rule.min, max: rule.max }),
    };
  }
  const first = rule?.name === 'duplicateId' ? rowOf(rule.firstPath) : undefined;
  if (rule?.name === 'duplicateId' && first !== undefined) {
    return {
      ...problem,
      message: phrase('csv.problem.duplicateId', { id: rule.id, row: first }),
      expected: phrase('csv.expected.uniqueId'),
    };
  }
  return problem;
}

export function placeProblem(
  problem: Problem,
  siteRows: readonly number[],
  investmentRows: readonly number[],
): Problem {
  const place = (path: string) => {
    const match = ROW_PATH.exec(path);
    if (!match) return undefined;
    const collection = match[1] as 'sites' | 'investments';
    const row = (collection === 'sites' ? siteRows : investmentRows)[Number(match[2])];
    return row === undefined ? undefined : { row, column: columnOf(collection, match[3] ?? '') };
  };
  const at = place(problem.path);
  if (!at) return problem;
  const { row, column } = at;
  const placed = { ...problem, path: `row ${row}, column ${column}`, row, column };
  return inSpreadsheetWords(placed, (path) => place(path)?.row);
}
