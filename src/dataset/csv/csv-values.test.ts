import { describe, expect, it } from 'vitest';
import {
  quoteFound,
  readCountry,
  readCurrency,
  readDay,
  readId,
  readInRange,
  readNumber,
  readPartialDate,
  readStatus,
  readUrl,
  slugOf,
} from './csv-values';
import { siteStatuses } from '../vocabulary';

describe('readNumber', () => {
  it('reads integers, decimals, signs and exponents as a spreadsheet writes them', () => {
    expect(readNumber('48', ',')).toBe(48);
    expect(readNumber('-2.5', ',')).toBe(-2.5);
    expect(readNumber('+7', ',')).toBe(7);
    expect(readNumber('3.', ',')).toBe(3);
    expect(readNumber('.5', ',')).toBe(0.5);
    expect(readNumber('.25', ',')).toBe(0.25);
    expect(readNumber('1e3', ',')).toBe(1000);
    expect(readNumber('1E-2', ',')).toBe(0.01);
  });

  it('reads thousands grouped with spaces, NBSP or narrow NBSP', () => {
    expect(readNumber(' 1 500\u00A0000\u202F5 ', ',')).toBe(15_000_005);
  });

  it('reads a decimal comma only in a semicolon file', () => {
    expect(readNumber('48,52', ';')).toBe(48.52);
    expect(readNumber('1 500 000,5', ';')).toBe(1_500_000.5);
    expect(readNumber('48,52', ',')).toBeNull();
    expect(readNumber('1,000,5', ';')).toBeNull();
    expect(readNumber('1.000,5', ';')).toBeNull();
  });

  it('refuses what JavaScript would read as a number but a spreadsheet does not', () => {
    for (const cell of [
      '',
      ' ',
      '0x10',
      '0b1',
      'Infinity',
      '1e999',
      '1e',
      '.',
      '-',
      '.e1',
      'north',
      '1_000',
    ]) {
      expect(readNumber(cell, ','), cell).toBeNull();
    }
  });
});

describe('readInRange', () => {
  it('accepts both bounds and refuses just outside them, saying the range', () => {
    const expected = { key: 'csv.expected.numberRange', values: { min: -90, max: 90 } };
    expect(readInRange('-90', ',', -90, 90)).toEqual({ ok: true, value: -90 });
    expect(readInRange('90', ',', -90, 90)).toEqual({ ok: true, value: 90 });
    expect(readInRange('-90.001', ',', -90, 90)).toEqual({ ok: false, expected });
    expect(readInRange('90.001', ',', -90, 90)).toEqual({ ok: false, expected });
    expect(readInRange('north', ',', -90, 90)).toEqual({ ok: false, expected });
  });

  it('says "or more" when there is no upper bound', () => {
    expect(readInRange('0', ',', 0, Infinity)).toEqual({ ok: true, value: 0 });
    expect(readInRange('-1', ',', 0, Infinity)).toEqual({
      ok: false,
      expected: { key: 'csv.expected.numberAtLeast', values: { min: 0 } },
    });
  });
});

describe('the enumerated and formatted cells, trimmed', () => {
  it('readStatus: a status in any case, around spaces', () => {
    expect(readStatus(' Under-Construction ')).toEqual({ ok: true, value: 'under-construction' });
    expect(readStatus('done')).toEqual({
      ok: false,
      expected: { key: 'csv.expected.oneOf', values: { values: siteStatuses } },
    });
  });

  it('readPartialDate: a year, a month or a real day', () => {
    expect(readPartialDate(' 2025 ')).toEqual({ ok: true, value: '2025' });
    expect(readPartialDate('2025-12')).toEqual({ ok: true, value: '2025-12' });
    expect(readPartialDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    const bad = { ok: false, expected: { key: 'csv.expected.partialDate' } };
    for (const cell of ['2025-13', '2025-00', '2025-02-29', '25', '2025-1', 'x2025', '2025-']) {
      expect(readPartialDate(cell), cell).toEqual(bad);
    }
  });

  it('readDay: only a real day', () => {
    expect(readDay(' 2025-02-10 ')).toEqual({ ok: true, value: '2025-02-10' });
    const bad = { ok: false, expected: { key: 'csv.expected.day' } };
    for (const cell of ['2025-02', '2025', '2025-02-30', 'x2025-02-10', '2025-02-10x']) {
      expect(readDay(cell), cell).toEqual(bad);
    }
  });

  it('readCountry: two letters, upper-cased', () => {
    expect(readCountry(' fr ')).toEqual({ ok: true, value: 'FR' });
    expect(readCountry('FRA')).toEqual({ ok: false, expected: { key: 'csv.expected.country' } });
  });

  it('readCurrency: one of the allowed codes, upper-cased', () => {
    expect(readCurrency(' usd ', ['EUR', 'USD'])).toEqual({ ok: true, value: 'USD' });
    expect(readCurrency('SEK', ['EUR', 'USD'])).toEqual({
      ok: false,
      expected: { key: 'csv.expected.currency', values: { codes: ['EUR', 'USD'] } },
    });
  });

  it('readUrl: only http and https links, as written once trimmed', () => {
    expect(readUrl(' https://e.org/a ')).toEqual({ ok: true, value: 'https://e.org/a' });
    expect(readUrl('http://e.org')).toEqual({ ok: true, value: 'http://e.org' });
    const bad = { ok: false, expected: { key: 'csv.expected.url' } };
    expect(readUrl('ftp://e.org/')).toEqual(bad);
    expect(readUrl('javascript:alert(1)')).toEqual(bad);
    expect(readUrl('e.org')).toEqual(bad);
  });

  it('readId: kebab-case of at most 64 characters', () => {
    expect(readId(' essonne-dc-2 ')).toEqual({ ok: true, value: 'essonne-dc-2' });
    expect(readId('a'.repeat(64))).toEqual({ ok: true, value: 'a'.repeat(64) });
    const bad = { ok: false, expected: { key: 'csv.expected.id', values: { max: 64 } } };
    for (const cell of ['a'.repeat(65), 'Essonne', 'a--b', '-a', 'a-', 'a b', 'a-b!']) {
      expect(readId(cell), cell).toEqual(bad);
    }
  });
});

describe('slugOf', () => {
  it('makes a kebab-case id from a name, without accents or punctuation at either end', () => {
    expect(slugOf('Centre d’Essonne')).toBe('centre-d-essonne');
    expect(slugOf(' « Évry — Centre » ')).toBe('evry-centre');
    expect(slugOf('!!!')).toBe('site');
  });

  it('cuts a long slug to 56 characters, never ending on a hyphen', () => {
    expect(slugOf('a'.repeat(60))).toBe('a'.repeat(56));
    expect(slugOf(`${'a'.repeat(55)} bcd`)).toBe('a'.repeat(55));
  });
});

describe('quoteFound', () => {
  it('quotes a cell as written, up to 40 characters', () => {
    expect(quoteFound(' north ')).toEqual({ key: 'csv.found.cell', values: { cell: ' north ' } });
    expect(quoteFound('a'.repeat(40))).toEqual({ key: 'csv.found.cell', values: { cell: 'a'.repeat(40) } });
  });

  it('clips a longer cell to 40 characters and an ellipsis', () => {
    expect(quoteFound('a'.repeat(41))).toEqual({
      key: 'csv.found.cell',
      values: { cell: `${'a'.repeat(40)}…` },
    });
  });

  it('calls a blank cell empty', () => {
    expect(quoteFound('')).toEqual({ key: 'csv.found.emptyCell' });
    expect(quoteFound(' \t ')).toEqual({ key: 'csv.found.emptyCell' });
  });
});
