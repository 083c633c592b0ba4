import { describe, expect, it } from 'vitest';
import { sampleAtlas } from '../../dataset/sample-atlas';
import { parseCsv } from './csv';
import { csvTables } from './csv-export';

function table(csv: string) {
  const [header, ...rows] = parseCsv(csv);
  return { header: header!, rows: rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]]))) };
}

const atlas = sampleAtlas();
atlas.sites[0]!.partners = [
  {
    name: 'Eclairion',
    role: { fr: 'hébergeur, exploitant', en: 'host, operator' },
    citations: [{ source: 'src-a', quote: 'avec la startup "Eclairion"' }],
    external: [],
  },
];
atlas.sites[0]!.figures = [
  {
    metric: 'capacity',
    quantity: { text: '40 mégawatts', unit: 'MW', kind: 'exact', value: 40 },
    citations: [],
    external: [],
  },
  {
    metric: 'area',
    quantity: { text: 'plusieurs milliers de m2', unit: 'm2', kind: 'lower-bound', min: 2000, max: null },
    citations: [],
    external: [],
  },
];
atlas.investments.push({
  id: 'inv-sweden',
  label: { fr: 'Campus suédois', en: 'Swedish campus' },
  investor: { fr: 'Mistral AI', en: 'Mistral AI' },
  target: { fr: 'EcoDataCenter, Borlänge', en: 'EcoDataCenter, Borlänge' },
  country: 'SE',
  site: 'site-borlange',
  amount: { text: 'entre 1 et 2 milliards', unit: 'EUR', kind: 'range', min: 1e9, max: 2e9 },
  announced: {
    start: '2026-02',
    precision: 'month',
    certainty: 'contested',
    note: { fr: 'Dates divergentes.', en: 'Dates differ.' },
  },
  partOf: 'inv-paris',
  citations: [{ source: 'src-a', quote: 'ligne un\nligne deux' }],
  external: [],
});

describe('sites CSV', () => {
  const { header, rows } = table(csvTables.sites(atlas));

  it('has one row per site with the flattened figures', () => {
    expect(rows).toHaveLength(2);
    expect(header).toEqual(
      expect.arrayContaining([
        'capacity_text',
        'capacity_kind',
        'capacity_min',
        'capacity_max',
        'capacity_value',
        'capacity_unit',
      ]),
    );
    expect(rows[0]).toMatchObject({
      id: 'site-paris',
      capacity_text: '40 mégawatts',
      capacity_kind: 'exact',
      capacity_value: '40',
      capacity_unit: 'MW',
      capacity_min: '',
    });
    expect(rows[0]).toMatchObject({
      area_kind: 'lower-bound',
      area_min: '2000',
      area_max: '',
      area_value: '',
    });
  });

  it('keeps accents, commas and quotes intact', () => {
    expect(rows[0]).toMatchObject({
      region: 'Île-de-France',
      partners_en: 'Eclairion (host, operator)',
      partners_fr: 'Eclairion (hébergeur, exploitant)',
    });
    expect(rows[1]!.name_fr).toBe('Campus de Borlänge');
  });

  it('joins every quote under the site, nested ones included, each once', () => {
    expect(rows[0]!.citations).toBe(
      'src-a: un centre de données à Paris | src-a: annoncé le dimanche | src-a: avec la startup "Eclairion"',
    );
    expect(rows[0]!.external).toBe('Paris (Wikipedia) https://en.wikipedia.org/wiki/Paris');
  });
});

describe('investments CSV', () => {
  const { header, rows } = table(csvTables.investments(atlas));

  it('flattens the amount to six columns', () => {
    expect(header.filter((h) => h.startsWith('amount_'))).toEqual([
      'amount_text',
      'amount_kind',
      'amount_min',
      'amount_max',
      'amount_value',
      'amount_unit',
    ]);
    expect(rows[0]).toMatchObject({
      amount_text: 'plusieurs milliards d’euros',
      amount_kind: 'lower-bound',
      amount_min: '2000000000',
      amount_max: '',
      amount_value: '',
      amount_unit: 'EUR',
    });
    expect(rows[1]).toMatchObject({
      amount_kind: 'range',
      amount_min: '1000000000',
      amount_max: '2000000000',
      part_of: 'inv-paris',
    });
  });

  it('flattens dates and keeps line breaks inside quoted fields', () => {
    expect(rows[1]).toMatchObject({
      target_en: 'EcoDataCenter, Borlänge',
      announced_start: '2026-02',
      announced_certainty: 'contested',
      announced_note_en: 'Dates differ.',
      horizon_start: '',
    });
    expect(rows[1]!.citations).toBe('src-a: ligne un\nligne deux');
  });
});

describe('events CSV', () => {
  it('has one row per event', () => {
    const { rows } = table(csvTables.events(atlas));
    expect(rows).toEqual([
      expect.objectContaining({
        id: 'event-announce',
        date_start: '2025-02-09',
        lane: 'sites',
        site: 'site-paris',
        title_en: 'Announcement',
      }),
    ]);
  });
});
