import { describe, expect, it } from 'vitest';
import { readHeader } from './csv-header';

const HEADER = ['name', 'lat', 'lon', 'country', 'status', 'status_date', 'source_url'];
/** Written out, not taken from csv-columns.ts: the column names are a public contract. */
const TEMPLATE = [
  ...HEADER,
  'id',
  'name_fr',
  'name_en',
  'place',
  'operator',
  'partners',
  'capacity_mw',
  'investment',
  'currency',
  'source_title',
  'source_date',
  'quote',
];

describe('readHeader', () => {
  it('finds every template column, in any case and around spaces, and ignores unknown ones', () => {
    const { columns, problems } = readHeader([
      ' NOTES ',
      ...TEMPLATE.map((name) => ` ${name.toUpperCase()} `),
    ]);
    expect(problems).toEqual([]);
    expect([...columns]).toEqual(TEMPLATE.map((name, index) => [name, index + 1]));
  });

  it('names a column written twice, keeping the first', () => {
    const { columns, problems } = readHeader([...HEADER, 'Lat']);
    expect(columns.get('lat')).toBe(1);
    expect(problems).toEqual([
      { path: 'row 1, column lat', message: { key: 'csv.problem.columnTwice' }, row: 1, column: 'lat' },
    ]);
  });
});
