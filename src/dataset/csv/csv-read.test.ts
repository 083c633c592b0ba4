import { describe, expect, it } from 'vitest';
import { detectSeparator, readCsv } from './csv-read';

describe('detectSeparator: the more frequent of ; and , on the header line', () => {
  it('picks the semicolon only when it outnumbers the comma (a tie is a comma file)', () => {
    expect(detectSeparator('name;lat')).toBe(';');
    expect(detectSeparator('name;lat;lon,x')).toBe(';');
    expect(detectSeparator('name;lat,lon')).toBe(',');
    expect(detectSeparator('name,lat,lon;x')).toBe(',');
    expect(detectSeparator('name')).toBe(',');
  });

  it('counts only the header line, whether it ends with \\n, \\r\\n or \\r', () => {
    expect(detectSeparator('name;lat\na,b,c,d')).toBe(';');
    expect(detectSeparator('name;lat\r\na,b,c,d')).toBe(';');
    expect(detectSeparator('name;lat\ra,b,c,d')).toBe(';');
  });

  it('ignores separators and line breaks inside quotes', () => {
    expect(detectSeparator('"a,b,c";lat;lon')).toBe(';');
    expect(detectSeparator('"a\nb";lat\nc,d,e')).toBe(';');
  });
});

describe('readCsv: the header and the records', () => {
  it('trims the header cells, keeps the record cells as written, and numbers rows from the header (row 1)', () => {
    expect(readCsv(' name , lat \nA , 48\nB,2\n')).toEqual({
      ok: true,
      table: {
        separator: ',',
        header: ['name', 'lat'],
        records: [
          { row: 2, cells: ['A ', ' 48'] },
          { row: 3, cells: ['B', '2'] },
        ],
      },
    });
  });

  it('reads a semicolon file with CRLF line ends, decimal commas left to the cells', () => {
    expect(readCsv('name;lat\r\nA;48,5\r\n')).toEqual({
      ok: true,
      table: { separator: ';', header: ['name', 'lat'], records: [{ row: 2, cells: ['A', '48,5'] }] },
    });
  });

  it('keeps quoted separators, doubled quotes and line breaks (\\r\\n and \\r become \\n), rows still counted by record', () => {
    expect(readCsv('name,quote\r\nA,"x, ""y""\r\nz\rw"\r\nB,q\r\n')).toEqual({
      ok: true,
      table: {
        separator: ',',
        header: ['name', 'quote'],
        records: [
          { row: 2, cells: ['A', 'x, "y"\nz\nw'] },
          { row: 3, cells: ['B', 'q'] },
        ],
      },
    });
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(readCsv('\uFEFF"name",lat\nA,1\n')).toEqual({
      ok: true,
      table: { separator: ',', header: ['name', 'lat'], records: [{ row: 2, cells: ['A', '1'] }] },
    });
  });

  it('skips trailing blank lines and lines of separators only', () => {
    expect(readCsv('name,lat\nA,1\n\n , \n\n')).toEqual({
      ok: true,
      table: { separator: ',', header: ['name', 'lat'], records: [{ row: 2, cells: ['A', '1'] }] },
    });
  });

  it('counts blank rows and rows of separators only in the middle, as the spreadsheet numbers them', () => {
    expect(readCsv('name,lat\nA,1\n\n , \nB,2\n')).toEqual({
      ok: true,
      table: {
        separator: ',',
        header: ['name', 'lat'],
        records: [
          { row: 2, cells: ['A', '1'] },
          { row: 5, cells: ['B', '2'] },
        ],
      },
    });
  });

  it('keeps a header with some blank cells, and records with too many or too few cells, for the row reader to judge', () => {
    expect(readCsv('name,,lat\nA,x,1,extra\nB\n')).toEqual({
      ok: true,
      table: {
        separator: ',',
        header: ['name', '', 'lat'],
        records: [
          { row: 2, cells: ['A', 'x', '1', 'extra'] },
          { row: 3, cells: ['B'] },
        ],
      },
    });
  });
});

describe('readCsv: files it refuses', () => {
  const NO_HEADER = {
    ok: false,
    problems: [{ path: 'row 1', message: { key: 'csv.problem.noHeader' }, row: 1 }],
  };

  it('refuses an empty file, and one of blank lines only, as having no header', () => {
    expect(readCsv('')).toEqual(NO_HEADER);
    expect(readCsv('\uFEFF')).toEqual(NO_HEADER);
    expect(readCsv('\n\r\n , \n')).toEqual(NO_HEADER);
  });

  it('wants the header on row 1, as every message about it says', () => {
    expect(readCsv('\nname,lat\nA,1\n')).toEqual(NO_HEADER);
  });

  it('names an unclosed quote by its spreadsheet row', () => {
    expect(readCsv('name,lat\nA,1\n"B,2\nC,3\n')).toEqual({
      ok: false,
      problems: [{ path: 'row 3', message: { key: 'csv.problem.unclosedQuote' }, row: 3 }],
    });
  });

  it('names a quote inside a quoted cell that is not doubled by its spreadsheet row', () => {
    expect(readCsv('name,lat\nA,"1"x"\nC,3\n')).toEqual({
      ok: false,
      problems: [{ path: 'row 2', message: { key: 'csv.problem.strayQuote' }, row: 2 }],
    });
  });
});
