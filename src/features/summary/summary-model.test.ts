import { describe, expect, it } from 'vitest';
import { buildAtlasModel } from '../../dataset/model';
import { sampleAtlas } from '../../dataset/sample-atlas';
import type { Atlas } from '../../dataset/schema';
import { buildSummary } from './summary-model';

function withBorlangeInvestment(): Atlas {
  const atlas = sampleAtlas();
  atlas.investments.push(
    {
      ...atlas.investments[0]!,
      id: 'inv-borlange',
      site: 'site-borlange',
      amount: { text: '1,2 milliard d’euros', unit: 'EUR', kind: 'exact', value: 1.2e9 },
      announced: { start: '2026-02', precision: 'month', certainty: 'inferred' },
    },
    {
      ...atlas.investments[0]!,
      id: 'inv-country',
      site: undefined,
      amount: { text: '20 milliards d’euros', unit: 'EUR', kind: 'exact', value: 20e9 },
    },
    {
      ...atlas.investments[0]!,
      id: 'inv-part',
      partOf: 'inv-paris',
      amount: { text: '1 milliard d’euros', unit: 'EUR', kind: 'exact', value: 1e9 },
    },
  );
  return atlas;
}

describe('buildSummary', () => {
  const model = buildAtlasModel(withBorlangeInvestment());

  it('adds the site-level figures known today, as an open "at least" when one is a lower bound', () => {
    const summary = buildSummary(model, { asOf: null, selectedId: null }, '2026-11-22');
    expect(summary).toMatchObject({ asOf: '2026-11-22', isToday: true, siteCount: 2 });
    expect(summary.sums).toEqual([
      expect.objectContaining({ unit: 'EUR', low: 3.2e9, high: null, open: true }),
    ]);
  });

  it('never adds a country-level pledge or a nested part', () => {
    const summary = buildSummary(model, { asOf: null, selectedId: null }, '2026-11-22');
    expect(summary.sums[0]!.low).toBe(3.2e9);
  });

  it('counts only what was known at the cursor', () => {
    const summary = buildSummary(model, { asOf: '2025-06-01', selectedId: null }, '2026-11-22');
    expect(summary).toMatchObject({ siteCount: 1, isToday: false });
    expect(summary.sums[0]).toMatchObject({ low: 2e9, open: true });
    expect(buildSummary(model, { asOf: '2024-01-01', selectedId: null }, '2026-11-22')).toMatchObject({
      siteCount: 0,
      sums: [],
    });
  });

  it('names the selection', () => {
    const summary = buildSummary(model, { asOf: null, selectedId: 'site-borlange' }, '2026-11-22');
    expect(summary.selectedName?.en).toBe('Borlänge campus');
  });
});
