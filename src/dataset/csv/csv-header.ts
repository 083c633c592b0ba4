/** The header row -> where each known column is; a missing required column is a problem. */
import type { Problem } from '../problem';
import { REQUIRED_COLUMNS, isCsvColumn, type CsvColumn } from './csv-columns';
import { rowProblem } from './csv-problem';
import { phrase } from '../problem-phrase';

export type ColumnIndex = ReadonlyMap<CsvColumn, number>;

export function readHeader(header: readonly string[]): { columns: ColumnIndex; problems: Problem[] } {
  const columns = new Map<CsvColumn, number>();
  const problems: Problem[] = [];
  header.forEach((cell, index) => {
    const name = cell.trim().toLowerCase();
    if (!isCsvColumn(name)) return;
    if (columns.has(name)) problems.push(rowProblem(1, phrase('csv.problem.columnTwice'), name));
    else columns.set(name, index);
  });
  for (const name of REQUIRED_COLUMNS) {
    if (!columns.has(name)) {
      problems.push({
        path: 'row 1',
        message: phrase('csv.problem.missingColumn', { column: name }),
        expected: phrase('csv.expected.column', { column: name }),
        row: 1,
        column: name,
      });
    }
  }
  return { columns, problems };
}
