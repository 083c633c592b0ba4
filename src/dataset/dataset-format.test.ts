import { describe, expect, it } from 'vitest';
import { datasetFormat, fileFormat } from './dataset-format';

describe('datasetFormat', () => {
  it.each([
    ['data/sites.csv', null, 'csv'],
    ['https://example.org/SITES.CSV?v=2#top', '', 'csv'],
    ['https://example.org/export', 'text/csv; charset=utf-8', 'csv'],
    ['data:text/csv,name', 'text/csv', 'csv'],
    ['data/atlas.json', 'application/json', 'json'],
    ['data/atlas', 'text/plain', 'json'],
    ['data/csv/atlas.json?x=.csv', null, 'json'],
  ] as const)('%s (%s) is %s', (url, type, format) => {
    expect(datasetFormat(url, type)).toBe(format);
  });

  it("reads a picked file's type, else its name", () => {
    expect(fileFormat({ name: 'x.txt', type: 'text/csv' })).toBe('csv');
    expect(fileFormat({ name: 'sites.csv', type: '' })).toBe('csv');
    expect(fileFormat({ name: 'atlas.json', type: 'application/json' })).toBe('json');
  });
});
