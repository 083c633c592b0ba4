import { describe, expect, it } from 'vitest';
import { readSiteRow, type SiteRow } from './csv-row';
import { readHeader } from './csv-header';
import type { CsvSeparator } from './csv-read';

const HEADER = ['name', 'lat', 'lon', 'country', 'status', 'status_date', 'source_url'];
const CELLS = ['Essonne', '48.52', '2.24', 'FR', 'announced', '2025-02-09', 'https://example.org/essonne'];

const SITE: SiteRow = {
  row: 2,
  id: null,
  name: 'Essonne',
  nameFr: 'Essonne',
  nameEn: 'Essonne',
  lat: 48.52,
  lon: 2.24,
  place: '',
  country: 'FR',
  operator: '',
  partners: [],
  status: 'announced',
  statusDate: '2025-02-09',
  capacityMw: null,
  investment: null,
  currency: 'EUR',
  sourceUrl: 'https://example.org/essonne',
  sourceTitle: '',
  sourceDate: '',
  quote: '',
};

/** The row of HEADER + `extra` columns holding CELLS + `more` cells. */
function read(extra: string[], more: string[], separator: CsvSeparator = ',') {
  return readSiteRow(
    { row: 2, cells: [...CELLS, ...more] },
    readHeader([...HEADER, ...extra]).columns,
    separator,
  );
}

describe('readSiteRow: a good row', () => {
  it('reads the required columns, and gives the optional ones their defaults', () => {
    expect(read([], [])).toEqual({ ok: true, site: SITE });
  });

  it('trims every cell, and reads decimal commas in a semicolon file', () => {
    const cells = [
      ' Essonne ',
      ' 48,52 ',
      '2,24',
      ' fr ',
      ' Announced ',
      ' 2025-02-09 ',
      ' https://example.org/essonne ',
    ];
    const extra = ['place', 'operator', 'source_title'];
    const columns = readHeader([...HEADER, ...extra]).columns;
    expect(
      readSiteRow({ row: 2, cells: [...cells, ' Évry ', ' Mistral AI ', ' Le Monde '] }, columns, ';'),
    ).toEqual({
      ok: true,
      site: { ...SITE, place: 'Évry', operator: 'Mistral AI', sourceTitle: 'Le Monde' },
    });
  });

  it('reads every optional column', () => {
    const extra = [
      'id',
      'name_fr',
      'name_en',
      'partners',
      'capacity_mw',
      'investment',
      'currency',
      'source_date',
      'quote',
    ];
    const more = [
      'essonne-dc',
      'Centre',
      'Center',
      'Eclairion; Nvidia ;',
      '40',
      '1000',
      ' usd ',
      '2025-02-10',
    ];
    expect(read(extra, [...more, 'un centre de données'])).toEqual({
      ok: true,
      site: {
        ...SITE,
        id: 'essonne-dc',
        nameFr: 'Centre',
        nameEn: 'Center',
        partners: ['Eclairion', 'Nvidia'],
        capacityMw: 40,
        investment: 1000,
        currency: 'USD',
        sourceDate: '2025-02-10',
        quote: 'un centre de données',
      },
    });
  });

  it('reads blank optional cells, and cells missing from a short row, as empty', () => {
    expect(read(['currency', 'id', 'capacity_mw', 'place', 'quote'], ['  ', ' '])).toEqual({
      ok: true,
      site: SITE,
    });
  });

  it('reads back a cell this writer prefixed with an apostrophe as written', () => {
    expect(read(['operator'], ["'=Mistral"])).toEqual({ ok: true, site: { ...SITE, operator: '=Mistral' } });
  });
});

describe('readSiteRow: the quote', () => {
  const problem = (found: string) => ({
    path: 'row 2, column quote',
    message: '',
    expected: { key: 'csv.expected.quoteLength', values: { min: 8, max: 600 } },
    found: { key: 'csv.found.cell', values: { cell: found } },
    row: 2,
    column: 'quote',
  });

  it('accepts 8 to 600 characters', () => {
    expect(read(['quote'], ['a'.repeat(8)])).toEqual({ ok: true, site: { ...SITE, quote: 'a'.repeat(8) } });
    expect(read(['quote'], ['a'.repeat(600)])).toEqual({
      ok: true,
      site: { ...SITE, quote: 'a'.repeat(600) },
    });
  });

  it('refuses 7 characters and 601', () => {
    expect(read(['quote'], ['a'.repeat(7)])).toEqual({
      ok: false,
      problems: [problem('aaaaaaa')],
    });
    expect(read(['quote'], ['a'.repeat(601)])).toEqual({
      ok: false,
      problems: [problem(`${'a'.repeat(40)}…`)],
    });
  });
});

describe('readSiteRow: bad cells', () => {
  it('names an empty required cell that has no default (a blank latitude)', () => {
    const cells = ['Essonne', ' ', '2.24', 'FR', 'announced', '2025-02-09', 'https://example.org/essonne'];
    expect(readSiteRow({ row: 3, cells }, readHeader(HEADER).columns, ',')).toEqual({
      ok: false,
      problems: [
        {
          path: 'row 3, column lat',
          message: '',
          expected: { key: 'csv.expected.numberRange', values: { min: -90, max: 90 } },
          found: { key: 'csv.found.emptyCell' },
          row: 3,
          column: 'lat',
        },
      ],
    });
  });

  it('names every bad cell by row and column, with what was expected and found', () => {
    const cells = ['', 'north', '2.24', 'FR', 'done', '2025', 'https://e.org/'];
    expect(readSiteRow({ row: 4, cells }, readHeader(HEADER).columns, ',')).toEqual({
      ok: false,
      problems: [
        {
          path: 'row 4, column name',
          message: '',
          expected: { key: 'csv.expected.siteName' },
          found: { key: 'csv.found.emptyCell' },
          row: 4,
          column: 'name',
        },
        {
          path: 'row 4, column lat',
          message: '',
          expected: { key: 'csv.expected.numberRange', values: { min: -90, max: 90 } },
          found: { key: 'csv.found.cell', values: { cell: 'north' } },
          row: 4,
          column: 'lat',
        },
        expect.objectContaining({
          path: 'row 4, column status',
          found: { key: 'csv.found.cell', values: { cell: 'done' } },
        }),
      ],
    });
  });

  it('refuses a currency the atlas cannot draw', () => {
    expect(read(['currency'], ['SEK'])).toEqual({
      ok: false,
      problems: [
        {
          path: 'row 2, column currency',
          message: '',
          expected: { key: 'csv.expected.currency', values: { codes: ['EUR', 'USD'] } },
          found: { key: 'csv.found.cell', values: { cell: 'SEK' } },
          row: 2,
          column: 'currency',
        },
      ],
    });
  });
});

describe('readSiteRow: text no reader may be shown', () => {
  const unsafe = (name: string) =>
    readSiteRow({ row: 2, cells: [name, ...CELLS.slice(1)] }, readHeader(HEADER).columns, ',');

  it('names a cell longer than 5,000 characters with its length', () => {
    expect(unsafe('a'.repeat(5001))).toEqual({
      ok: false,
      problems: [
        {
          path: 'row 2, column name',
          message: { key: 'csv.problem.tooLong', values: { max: 5000 } },
          found: { key: 'csv.found.length', values: { length: 5001 } },
          row: 2,
          column: 'name',
        },
      ],
    });
  });

  it('names a lone surrogate as broken UTF-16', () => {
    expect(unsafe('A\uD800')).toEqual({
      ok: false,
      problems: [
        {
          path: 'row 2, column name',
          message: { key: 'csv.problem.loneSurrogate' },
          found: { key: 'csv.found.brokenUtf16' },
          row: 2,
          column: 'name',
        },
      ],
    });
  });

  it('names a bidi override by its code point', () => {
    expect(unsafe('A\u202Eb')).toEqual({
      ok: false,
      problems: [
        {
          path: 'row 2, column name',
          message: { key: 'csv.problem.bidi' },
          found: 'U+202E',
          row: 2,
          column: 'name',
        },
      ],
    });
  });
});
