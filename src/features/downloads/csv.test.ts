import { describe, expect, it } from 'vitest';
import { BOM, csvField, parseCsv, toCsv } from './csv';

describe('csvField', () => {
  it.each([
    ['plain', '"plain"'],
    ['a; b', '"a; b"'],
    ['', '""'],
    ['a, b', '"a, b"'],
    ['il a dit "oui"', '"il a dit ""oui"""'],
    ['deux\nlignes', '"deux\nlignes"'],
    ['retour\r\nchariot', '"retour\r\nchariot"'],
    [' espace', '" espace"'],
    ['Borlänge, Île-de-France', '"Borlänge, Île-de-France"'],
    ['d’euros', '"d’euros"'],
  ])('writes %j as %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('defuses text that a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvField('+33 1 23')).toBe(`"'+33 1 23"`);
    expect(csvField('-2')).toBe(`"'-2"`);
    expect(csvField('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvField(-2)).toBe('-2');
    expect(csvField('plusieurs milliards')).toBe('"plusieurs milliards"');
  });

  it('defuses a formula hidden behind leading white space', () => {
    for (const text of [' =1+1', '\u00a0@SUM(A1)', '\n-2', '  +cmd|calc']) {
      expect(csvField(text)).toBe(`"'${text}"`);
    }
    expect(csvField('\tplain')).toBe(`"'\tplain"`);
    expect(csvField('a = b')).toBe('"a = b"');
  });

  it('writes numbers plainly and missing values as empty fields', () => {
    expect([1200000000, 0.5, 0, null, undefined, false].map(csvField)).toEqual([
      '1200000000',
      '0.5',
      '0',
      '',
      '',
      'false',
    ]);
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
    const csv = toCsv(['a', 'b'], [['1', 'é']]);
    expect(csv).toBe(`${BOM}"a","b"\r\n"1","é"\r\n`);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('round-trips awkward fields through a CSV reader', () => {
    const rows = [
      ['« plusieurs milliards d’euros », dit-il', 'ligne 1\nligne 2', '"quoted"'],
      ['', ' lead', 'Borlänge'],
    ];
    expect(parseCsv(toCsv(['x', 'y', 'z'], rows))).toEqual([['x', 'y', 'z'], ...rows]);
  });
});
