import { describe, expect, it } from 'vitest';
import { validateCsvText } from './validate-csv';
import { formatProblem } from '../problem';
import type { Atlas } from '../schema';
import { siteStatuses } from '../vocabulary';

const TODAY = '2026-12-07';
const HEADER = 'name,lat,lon,country,status,status_date,source_url';
const ROW = 'Essonne,48.52,2.24,FR,announced,2025-02-09,https://example.org/essonne';

function load(text: string): Atlas {
  const result = validateCsvText(text, TODAY);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.atlas;
}

function problems(text: string): string[] {
  const result = validateCsvText(text, TODAY);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('validateCsvText: the required columns', () => {
  it('makes one site per row, sourced by its source_url', () => {
    const atlas = load(`${HEADER}\n${ROW}\n`);
    expect(atlas.sites).toHaveLength(1);
    const [site] = atlas.sites;
    expect(site).toMatchObject({
      id: 'essonne',
      name: { fr: 'Essonne', en: 'Essonne' },
      location: { lat: 48.52, lon: 2.24, country: 'FR', place: 'FR' },
      statusHistory: [{ status: 'announced', date: { start: '2025-02-09', precision: 'day' } }],
      external: [{ url: 'https://example.org/essonne', title: 'example.org', publisher: 'example.org' }],
    });
    expect(atlas.investments).toEqual([]);
  });

  it('reads headers in any order and any case, and ignores unknown columns', () => {
    const atlas = load(
      'SOURCE_URL,Status_Date,Status,Country,Lon,Lat,Name,notes\nhttps://example.org/,2025,planned,se,15.4,60.48,Borlänge,x\n',
    );
    expect(atlas.sites[0]).toMatchObject({
      name: { en: 'Borlänge' },
      location: { lat: 60.48, lon: 15.4, country: 'SE' },
      statusHistory: [{ status: 'planned', date: { start: '2025', precision: 'year' } }],
    });
  });

  it('names a missing required column', () => {
    expect(problems('name,lat,lon,country,status,status_date\nA,48,2,FR,announced,2025\n')).toEqual([
      'row 1: the header has no column "source_url" (expected a column named source_url)',
    ]);
  });

  it('names every bad cell by its row (the header is row 1) and column', () => {
    const text = `${HEADER}\n${ROW}\n${ROW.replace('essonne', 'b')}\nEvry,north,2.2,France,done,2025-13,ftp://x\n`;
    expect(problems(text)).toEqual([
      "row 4, column lat: expected a number from -90 to 90, found 'north'",
      "row 4, column country: expected a two-letter ISO 3166 country code such as FR, found 'France'",
      "row 4, column status: expected one of announced, planned, under-construction, or operational, found 'done'",
      "row 4, column status_date: expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found '2025-13'",
      "row 4, column source_url: expected a web address starting with https:// or http://, found 'ftp://x'",
    ]);
  });

  it('names an empty required cell, and a day that is not in the calendar', () => {
    expect(problems(`${HEADER}\n,48,2,FR,announced,2025-02-30,https://e.org/\n`)).toEqual([
      'row 2, column name: expected the name of the site, found an empty cell',
      "row 2, column status_date: expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found '2025-02-30'",
    ]);
  });

  it("maps the dataset's own rules back to the row and column (outside Europe, duplicate id)", () => {
    const text = `id,${HEADER}\na,${ROW}\na,${ROW.replace('48.52', '10')}\n`;
    expect(problems(text)).toEqual([
      'row 3, column id: duplicate id "a", first used in row 2 (expected a unique id)',
      'row 3, column lat: outside Europe (expected a number from 34 to 72, found 10)',
    ]);
  });

  it('gives what was expected as a phrase for the view to translate, not as an English sentence', () => {
    const result = validateCsvText(`${HEADER}\nEvry,north,2.2,FR,done,2025,https://e.org/\n`, TODAY);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'row 2, column lat',
        message: '',
        expected: { key: 'csv.expected.numberRange', values: { min: -90, max: 90 } },
        found: { key: 'csv.found.cell', values: { cell: 'north' } },
        row: 2,
        column: 'lat',
      },
      expect.objectContaining({
        expected: { key: 'csv.expected.oneOf', values: { values: siteStatuses } },
        column: 'status',
      }),
    ]);
  });

  it("words the dataset's own rules by row, as phrases", () => {
    const result = validateCsvText(`id,${HEADER}\na,${ROW}\na,${ROW.replace('2.24', '50')}\n`, TODAY);
    expect(result.ok ? [] : result.problems).toMatchObject([
      {
        row: 3,
        column: 'id',
        message: { key: 'csv.problem.duplicateId', values: { id: 'a', row: 2 } },
        expected: { key: 'csv.expected.uniqueId' },
      },
      {
        row: 3,
        column: 'lon',
        message: { key: 'csv.problem.outsideEurope' },
        expected: { key: 'csv.expected.numberRange', values: { min: -25, max: 45 } },
      },
    ]);
  });

  it('names a column written twice, and every missing one', () => {
    expect(problems('name,lat,lon,lat\nA,48,2,48\n')).toEqual([
      'row 1, column lat: this column appears twice',
      'row 1: the header has no column "country" (expected a column named country)',
      'row 1: the header has no column "status" (expected a column named status)',
      'row 1: the header has no column "status_date" (expected a column named status_date)',
      'row 1: the header has no column "source_url" (expected a column named source_url)',
    ]);
  });

  it('refuses a file with only a header, and an empty file', () => {
    expect(problems(`${HEADER}\n`)).toEqual(['row 2: the file has no site: only a header']);
    expect(problems('')).toEqual(['row 1: the file has no header row']);
  });

  it('refuses text a reader must not be shown (a bidi override), by row and column', () => {
    expect(problems(`${HEADER}\nA\u202Eb,48,2,FR,announced,2025,https://e.org/\n`)).toEqual([
      'row 2, column name: contains a bidirectional override (found U+202E)',
    ]);
  });
});

describe('validateCsvText: the optional columns', () => {
  const FULL =
    'id,name_fr,name_en,place,operator,partners,capacity_mw,investment,currency,source_title,source_date,quote';

  it('reads every optional column', () => {
    const atlas = load(
      `${HEADER},${FULL}\n${ROW},essonne-dc,Centre de l’Essonne,Essonne datacenter,Bruyères-le-Châtel,Mistral AI,Eclairion; Nvidia ;,40,8500000000,usd,Le Monde,2025-02-10,un centre de données en Essonne\n`,
    );
    const site = atlas.sites[0]!;
    expect(site).toMatchObject({
      id: 'essonne-dc',
      name: { fr: 'Centre de l’Essonne', en: 'Essonne datacenter' },
      operator: 'Mistral AI',
      location: { place: 'Bruyères-le-Châtel', region: 'Bruyères-le-Châtel' },
      partners: [{ name: 'Eclairion' }, { name: 'Nvidia' }],
      // French keeps its colon on the line of the word before it.
      summary: { fr: 'Source\u00a0: Le Monde.', en: 'Source: Le Monde.' },
      figures: [{ metric: 'capacity', quantity: { unit: 'MW', kind: 'exact', value: 40 } }],
    });
    expect(site.external[0]).toEqual({
      title: 'Le Monde',
      publisher: 'example.org',
      url: 'https://example.org/essonne',
      published: '2025-02-10',
      excerpt: 'un centre de données en Essonne',
    });
    expect(atlas.investments).toEqual([
      expect.objectContaining({
        id: 'essonne-dc-investment',
        site: 'essonne-dc',
        label: { fr: 'Investissement\u00a0: Centre de l’Essonne', en: 'Investment: Essonne datacenter' },
        country: 'FR',
        investor: { fr: 'Mistral AI', en: 'Mistral AI' },
        amount: { text: '8500000000 USD', unit: 'USD', kind: 'exact', value: 8_500_000_000 },
        announced: { start: '2025-02-10', precision: 'day', certainty: 'stated' },
      }),
    ]);
  });

  it('counts an investment in euros when currency is empty, and refuses a currency the atlas cannot draw', () => {
    expect(load(`${HEADER},investment\n${ROW},1000\n`).investments[0]!.amount.unit).toBe('EUR');
    expect(problems(`${HEADER},investment,currency\n${ROW},1000,SEK\n`)).toEqual([
      "row 2, column currency: expected a currency code: EUR or USD, found 'SEK'",
    ]);
  });

  it('names bad optional cells: id, capacity, investment, source date, quote', () => {
    expect(
      problems(
        `${HEADER},id,capacity_mw,investment,source_date,quote\n${ROW},Not An Id,-4,lots,2025-02,short\n`,
      ),
    ).toEqual([
      "row 2, column id: expected a kebab-case id (a-z, 0-9, single hyphens), at most 64 characters, found 'Not An Id'",
      "row 2, column capacity_mw: expected a number, 0 or more, found '-4'",
      "row 2, column investment: expected a number, 0 or more, found 'lots'",
      "row 2, column source_date: expected a day written YYYY-MM-DD, found '2025-02'",
      "row 2, column quote: expected a quote of 8 to 600 characters, found 'short'",
    ]);
  });

  it('gives rows without an id one from their name, unlike any written id', () => {
    const atlas = load(
      `id,${HEADER}\n,${ROW}\nessonne,${ROW}\n,${ROW.replace('Essonne', 'Évry Centre')}\n,${ROW}\n`,
    );
    expect(atlas.sites.map((site) => site.id)).toEqual(['essonne-2', 'essonne', 'evry-centre', 'essonne-3']);
  });

  it('marks a status dated after today as a forecast', () => {
    const atlas = load(`${HEADER}\n${ROW.replace('announced,2025-02-09', 'operational,2027')}\n`);
    expect(atlas.sites[0]!.statusHistory[0]).toMatchObject({ status: 'operational', forecast: true });
  });
});

describe('validateCsvText: files as spreadsheets write them', () => {
  it('reads a UTF-8 byte order mark as nothing', () => {
    expect(load(`\uFEFF${HEADER}\n${ROW}\n`).sites[0]!.name.en).toBe('Essonne');
  });

  it('reads semicolon files with decimal commas and grouped thousands (French Excel)', () => {
    const atlas = load(
      `${HEADER.replaceAll(',', ';')};investment\r\nEssonne;48,52;2,24;FR;announced;2025;https://e.org/;"1 500 000,5"\r\n`,
    );
    expect(atlas.sites[0]!.location).toMatchObject({ lat: 48.52, lon: 2.24 });
    expect(atlas.investments[0]!.amount.value).toBe(1_500_000.5);
  });

  it('refuses a decimal comma in a comma file rather than guess', () => {
    expect(problems(`${HEADER}\nEssonne,"48,52",2.24,FR,announced,2025,https://e.org/\n`)).toEqual([
      "row 2, column lat: expected a number from -90 to 90, found '48,52'",
    ]);
  });

  it('keeps quoted separators, quotes and line breaks in a field, and numbers rows as the spreadsheet does', () => {
    const text = `${HEADER},quote\r\n${ROW},"Il a dit : ""oui"",\r\npuis; non"\r\nB,north,2,FR,announced,2025,https://e.org/,\r\n`;
    expect(problems(text)).toEqual(["row 3, column lat: expected a number from -90 to 90, found 'north'"]);
    const atlas = load(text.replace('north', '48'));
    expect(atlas.sites[0]!.external[0]!.excerpt).toBe('Il a dit : "oui",\npuis; non');
  });

  it('names an unclosed quote in its own words, not the parser’s', () => {
    expect(problems(`${HEADER}\n"Essonne,48,2,FR,announced,2025,https://e.org/\n`)).toEqual([
      'row 2: a quoted cell is never closed',
    ]);
  });
});
