import { describe, expect, it } from 'vitest';
import { placeProblem } from './csv-problem-place';
import type { Problem } from '../problem';

/** The spreadsheet rows (the header is row 1) of sites[0..2], and of investments[0..1]: rows 4 and 7 have one. */
const SITE_ROWS = [2, 4, 7];
const INVESTMENT_ROWS = [4, 7];

function problemAt(path: string, more: Partial<Problem> = {}): Problem {
  return { path, message: 'is wrong', ...more };
}

function place(problem: Problem): Problem {
  return placeProblem(problem, SITE_ROWS, INVESTMENT_ROWS);
}

/** What a problem about `rest` of the first site (row 2) or the first investment (row 4) becomes. */
function placedAt(row: number, column: string): Problem {
  return { path: `row ${row}, column ${column}`, message: 'is wrong', row, column };
}

describe('placeProblem: the row', () => {
  it('names the row of the first, a middle and the last site', () => {
    expect(place(problemAt('sites[0].operator'))).toEqual(placedAt(2, 'operator'));
    expect(place(problemAt('sites[1].operator'))).toEqual(placedAt(4, 'operator'));
    expect(place(problemAt('sites[2].operator'))).toEqual(placedAt(7, 'operator'));
  });

  it("names an investment's row from the investments' own rows, not the sites'", () => {
    expect(place(problemAt('investments[0].id'))).toEqual(placedAt(4, 'id'));
    expect(place(problemAt('investments[1].id'))).toEqual(placedAt(7, 'id'));
  });

  it('reads an index of two digits or more', () => {
    const rows = Array.from({ length: 12 }, (_, index) => index + 2);
    expect(placeProblem(problemAt('sites[11].operator'), rows, [])).toEqual(placedAt(13, 'operator'));
    expect(placeProblem(problemAt('investments[10].id'), [], rows)).toEqual(placedAt(12, 'id'));
  });

  it('places a problem about a whole site or investment at its row', () => {
    expect(place(problemAt('sites[1]'))).toEqual(placedAt(4, 'source_url'));
    expect(place(problemAt('investments[1]'))).toEqual(placedAt(7, 'investment'));
  });

  it('keeps other fields of the problem (what was expected and found)', () => {
    const problem = problemAt('sites[0].location.lat', { expected: '-90..90', found: '91' });
    expect(place(problem)).toEqual({ ...placedAt(2, 'lat'), expected: '-90..90', found: '91' });
  });

  it.each([
    ['(root)'],
    ['version'],
    ['sources[0].id'],
    ['events[0].site'],
    ['sites'],
    ['sites[x].name'],
    ['sites[3].name'],
    ['investments[2].id'],
  ])('leaves %s, which is no row of the spreadsheet, as it is', (path) => {
    const problem = problemAt(path);
    expect(place(problem)).toBe(problem);
    expect(problem).toEqual({ path, message: 'is wrong' });
  });
});

describe("placeProblem: a site's column", () => {
  it.each([
    ['id', 'id'],
    ['name', 'name_en'],
    ['name.fr', 'name_fr'],
    ['name.en', 'name_en'],
    ['summary.en', 'source_title'],
    ['operator', 'operator'],
    ['location.lat', 'lat'],
    ['location.lon', 'lon'],
    ['location.country', 'country'],
    ['location.place', 'place'],
    ['location.region', 'place'],
    ['location', 'place'],
    ['statusHistory[0].status', 'status'],
    ['statusHistory[10].status', 'status'],
    ['statusHistory[0].date.start', 'status_date'],
    ['statusHistory', 'status_date'],
    ['partners[0].name', 'partners'],
    ['figures[0].quantity.value', 'capacity_mw'],
    ['lastChecked', 'source_url'],
    ['citations[0].quote', 'source_url'],
  ])('sites[0].%s is column %s', (rest, column) => {
    expect(place(problemAt(`sites[0].${rest}`))).toEqual(placedAt(2, column));
  });

  it.each([
    ['external[0].url', 'source_url'],
    ['external[0].title', 'source_title'],
    ['external[0].publisher', 'source_url'],
    ['external[0].published', 'source_date'],
    ['external[0].excerpt', 'quote'],
    ['external[0].kind', 'source_url'],
    ['external[12].title', 'source_title'],
    ['external[0]', 'source_url'],
    ['location.external[0].title', 'source_title'],
    ['statusHistory[0].external[0].excerpt', 'quote'],
    ['figures[1].external[0].published', 'source_date'],
  ])("sites[0].%s, from the row's source, is column %s", (rest, column) => {
    expect(place(problemAt(`sites[0].${rest}`))).toEqual(placedAt(2, column));
  });

  it.each([
    ['figures[0].id'],
    ['figures[0].name'],
    ['figures[0].name.fr'],
    ['figures[0].summary'],
    ['figures[0].operator'],
    ['figures[0].location'],
    ['figures[0].location.lat'],
    ['figures[0].location.lon'],
    ['figures[0].location.country'],
    ['figures[0].statusHistory'],
    ['figures[0].statusHistory[0].status'],
    ['figures[0].partners'],
  ])("is chosen by the site's own field, not a deeper key: sites[0].%s is capacity_mw", (rest) => {
    expect(place(problemAt(`sites[0].${rest}`))).toEqual(placedAt(2, 'capacity_mw'));
  });

  it('falls back to source_url for a field no column holds, even when a deeper key names one', () => {
    expect(place(problemAt('sites[0].citations[0].figures'))).toEqual(placedAt(2, 'source_url'));
  });
});

describe("placeProblem: an investment's column", () => {
  it.each([
    ['id', 'id'],
    ['amount.unit', 'currency'],
    ['amount.value', 'investment'],
    ['amount', 'investment'],
    ['announced', 'source_date'],
    ['announced.start', 'source_date'],
    ['country', 'country'],
    ['label.fr', 'investment'],
    ['site', 'investment'],
    ['external', 'source_url'],
    ['external[0]', 'source_url'],
    ['external[0].url', 'source_url'],
    ['external[0].title', 'source_title'],
    ['external[0].published', 'source_date'],
    ['external[0].excerpt', 'quote'],
  ])('investments[0].%s is column %s', (rest, column) => {
    expect(place(problemAt(`investments[0].${rest}`))).toEqual(placedAt(4, column));
  });

  it.each([['label.amount.unit'], ['label.id'], ['label.country']])(
    "is chosen by the investment's own field, not a deeper key: investments[0].%s is investment",
    (rest) => {
      expect(place(problemAt(`investments[0].${rest}`))).toEqual(placedAt(4, 'investment'));
    },
  );
});

describe("placeProblem: the dataset's own rules, in the spreadsheet's words", () => {
  it('says a place outside Europe as a phrase, with the range it must be in', () => {
    const rule = { name: 'outsideEurope', min: -25, max: 45 } as const;
    const problem = problemAt('sites[1].location.lon', {
      message: 'outside Europe',
      expected: '-25..45',
      found: '60',
      rule,
    });
    expect(place(problem)).toEqual({
      path: 'row 4, column lon',
      message: { key: 'csv.problem.outsideEurope' },
      expected: { key: 'csv.expected.numberRange', values: { min: -25, max: 45 } },
      found: '60',
      row: 4,
      column: 'lon',
      rule,
    });
  });

  it('names the row that used a duplicate id first', () => {
    const rule = { name: 'duplicateId', id: 'a', firstPath: 'sites[1].id' } as const;
    const problem = problemAt('sites[2].id', { message: 'duplicate id "a"', expected: 'a unique id', rule });
    expect(place(problem)).toEqual({
      path: 'row 7, column id',
      message: { key: 'csv.problem.duplicateId', values: { id: 'a', row: 4 } },
      expected: { key: 'csv.expected.uniqueId' },
      row: 7,
      column: 'id',
      rule,
    });
  });

  it("finds the first use in its own collection: an investment's id first used by a site", () => {
    const rule = { name: 'duplicateId', id: 'b', firstPath: 'sites[0].id' } as const;
    const problem = problemAt('investments[1].id', { message: 'duplicate id "b"', rule });
    expect(place(problem)).toEqual({
      path: 'row 7, column id',
      message: { key: 'csv.problem.duplicateId', values: { id: 'b', row: 2 } },
      expected: { key: 'csv.expected.uniqueId' },
      row: 7,
      column: 'id',
      rule,
    });
  });

  it.each([['sources[0].id'], ['sites[3].id']])(
    "keeps the validation's words for a duplicate id first used at %s, no row of the spreadsheet",
    (firstPath) => {
      const rule = { name: 'duplicateId', id: 'a', firstPath } as const;
      const problem = problemAt('sites[2].id', {
        message: 'duplicate id "a"',
        expected: 'a unique id',
        rule,
      });
      expect(place(problem)).toEqual({
        ...placedAt(7, 'id'),
        message: 'duplicate id "a"',
        expected: 'a unique id',
        rule,
      });
    },
  );
});
