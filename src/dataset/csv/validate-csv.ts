/**
 * A CSV file's text -> a validated atlas, or every problem by row and column. The rows become an
 * atlas in the dataset's own shape and pass the same validation as a JSON file, so a spreadsheet
 * is never half-loaded: one bad cell and nothing is shown but the list of problems. Never throws.
 */
import type { ValidationResult } from '../validate';
import { validateAtlas } from '../validate';
import type { Problem } from '../problem';
import { readCsv } from './csv-read';
import { readHeader } from './csv-header';
import { readSiteRow, type SiteRow } from './csv-row';
import { rowsToAtlas } from './rows-to-atlas';
import { placeProblem } from './csv-problem-place';
import { rowProblem } from './csv-problem';
import { phrase } from '../problem-phrase';

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function validateCsvText(text: string, today: string = todayIso()): ValidationResult {
  const read = readCsv(text);
  if (!read.ok) return read;
  const { table } = read;
  const header = readHeader(table.header);
  if (header.problems.length) return { ok: false, problems: header.problems };
  if (table.records.length === 0) {
    return { ok: false, problems: [rowProblem(2, phrase('csv.problem.onlyHeader'))] };
  }
  const problems: Problem[] = [];
  const rows: SiteRow[] = [];
  for (const record of table.records) {
    const result = readSiteRow(record, header.columns, table.separator);
    if (result.ok) rows.push(result.site);
    else problems.push(...result.problems);
  }
  if (problems.length) return { ok: false, problems };
  const { atlas, siteRows, investmentRows } = rowsToAtlas(rows, today);
  const validated = validateAtlas(atlas);
  if (validated.ok) return validated;
  return {
    ok: false,
    problems: validated.problems.map((problem) => placeProblem(problem, siteRows, investmentRows)),
  };
}
