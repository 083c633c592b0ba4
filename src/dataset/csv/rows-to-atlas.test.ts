import { describe, expect, it } from 'vitest';
import { referenceOf, rowsToAtlas } from './rows-to-atlas';
import type { SiteRow } from './csv-row';

const TODAY = '2026-12-07';

const ROW: SiteRow = {
  row: 2,
  id: 'essonne',
  name: 'Essonne',
  nameFr: 'Centre',
  nameEn: 'Center',
  lat: 48.52,
  lon: 2.24,
  place: '',
  country: 'FR',
  operator: '',
  partners: [],
  status: 'announced',
  statusDate: '2025-02',
  capacityMw: 40,
  investment: null,
  currency: 'EUR',
  sourceUrl: 'https://example.org/essonne',
  sourceTitle: '',
  sourceDate: '',
  quote: '',
};

const REF = { title: 'example.org', publisher: 'example.org', url: 'https://example.org/essonne' };

describe('rowsToAtlas', () => {
  it('makes one site per row, its source cited by the site, its status and its capacity', () => {
    expect(rowsToAtlas([ROW], TODAY).atlas.sites).toEqual([
      {
        id: 'essonne',
        name: { fr: 'Centre', en: 'Center' },
        summary: { fr: 'Source\u00a0: example.org.', en: 'Source: example.org.' },
        operator: '—',
        location: {
          lat: 48.52,
          lon: 2.24,
          place: 'FR',
          region: 'FR',
          country: 'FR',
          precision: 'site',
          citations: [],
          external: [REF],
        },
        statusHistory: [
          {
            status: 'announced',
            date: { start: '2025-02', precision: 'month', certainty: 'stated' },
            citations: [],
            external: [REF],
          },
        ],
        partners: [],
        figures: [
          {
            metric: 'capacity',
            quantity: { text: '40 MW', unit: 'MW', kind: 'exact', value: 40 },
            citations: [],
            external: [REF],
          },
        ],
        citations: [],
        external: [REF],
      },
    ]);
  });

  it('marks a status as a forecast only when its first day is after today', () => {
    const forecast = (statusDate: string) =>
      rowsToAtlas([{ ...ROW, statusDate }], TODAY).atlas.sites[0]!.statusHistory[0]!.forecast;
    expect(forecast('2026')).toBeUndefined();
    expect(forecast('2026-12-07')).toBeUndefined();
    expect(forecast('2026-12-08')).toBe(true);
    expect(forecast('2027')).toBe(true);
  });

  it('gives the spreadsheet row of each site and of each investment', () => {
    const rows = [
      { ...ROW, row: 2, id: 'a' },
      { ...ROW, row: 3, id: 'b', investment: 5 },
      { ...ROW, row: 5, id: 'c' },
      { ...ROW, row: 6, id: 'd', investment: 0 },
    ];
    const { siteRows, investmentRows, atlas } = rowsToAtlas(rows, TODAY);
    expect(siteRows).toEqual([2, 3, 5, 6]);
    expect(investmentRows).toEqual([3, 6]);
    expect(atlas.investments.map((investment) => investment.id)).toEqual(['b-investment', 'd-investment']);
  });

  it('gives rows without an id one from their English name, unlike any written id', () => {
    const rows = [
      { ...ROW, id: null },
      { ...ROW, id: 'center' },
      { ...ROW, id: null },
    ];
    expect(rowsToAtlas(rows, TODAY).atlas.sites.map((site) => site.id)).toEqual([
      'center-2',
      'center',
      'center-3',
    ]);
  });
});

describe('referenceOf', () => {
  it('names a source by its host, and by its address when it has no host', () => {
    expect(referenceOf({ ...ROW, sourceUrl: 'example.org/essonne' })).toEqual({
      title: 'example.org/essonne',
      publisher: 'example.org/essonne',
      url: 'example.org/essonne',
    });
  });
});
