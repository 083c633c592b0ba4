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
  const amounts = (summary: ReturnType<typeof buildSummary>) =>
    summary.money.map((entry) => [entry.place, entry.amounts.map((amount) => amount.text)]);

  it('lists the money announced for each site known today, without adding them up', () => {
    const summary = buildSummary(model, { asOf: null, selectedId: null }, '2026-11-22');
    expect(summary).toMatchObject({ asOf: '2026-11-22', isToday: true, siteCount: 2 });
    expect(amounts(summary)).toEqual([
      ['Paris', ['plusieurs milliards d’euros']],
      ['Borlänge', ['1,2 milliard d’euros']],
    ]);
  });

  it('leaves out country-level pledges and nested parts', () => {
    const summary = buildSummary(model, { asOf: null, selectedId: null }, '2026-11-22');
    const texts = summary.money.flatMap((entry) => entry.amounts.map((amount) => amount.text));
    expect(texts).not.toContain('20 milliards d’euros');
    expect(texts).not.toContain('1 milliard d’euros');
  });

  it('names each place once: two figures of one site, or two sites in one town, share an entry', () => {
    const atlas = withBorlangeInvestment();
    const borlange = atlas.sites.find((site) => site.id === 'site-borlange')!;
    atlas.sites.push({ ...borlange, id: 'site-borlange-2', name: { fr: 'Deuxième', en: 'Second' } });
    atlas.investments.push(
      {
        ...atlas.investments[0]!,
        id: 'inv-paris-debt',
        amount: { text: '830 millions de dollars', unit: 'USD', kind: 'exact', value: 830e6 },
      },
      {
        ...atlas.investments[0]!,
        id: 'inv-borlange-2',
        site: 'site-borlange-2',
        amount: { text: '2 milliards d’euros', unit: 'EUR', kind: 'exact', value: 2e9 },
      },
    );
    const summary = buildSummary(buildAtlasModel(atlas), { asOf: null, selectedId: null }, '2026-11-22');
    expect(amounts(summary)).toEqual([
      ['Paris', ['plusieurs milliards d’euros', '830 millions de dollars']],
      ['Borlänge', ['1,2 milliard d’euros', '2 milliards d’euros']],
    ]);
  });

  it('counts only what was known at the cursor', () => {
    const summary = buildSummary(model, { asOf: '2025-06-01', selectedId: null }, '2026-11-22');
    expect(summary).toMatchObject({ siteCount: 1, isToday: false });
    expect(amounts(summary)).toEqual([['Paris', ['plusieurs milliards d’euros']]]);
    expect(buildSummary(model, { asOf: '2024-01-01', selectedId: null }, '2026-11-22')).toMatchObject({
      siteCount: 0,
      money: [],
    });
  });

  it('names the selection', () => {
    const summary = buildSummary(model, { asOf: null, selectedId: 'site-borlange' }, '2026-11-22');
    expect(summary.selectedName?.en).toBe('Borlänge campus');
  });
});

describe('buildSummary, any record kind', () => {
  it('names a selected event', () => {
    const model = buildAtlasModel(sampleAtlas());
    const summary = buildSummary(model, { asOf: null, selectedId: 'event-announce' }, '2026-11-22');
    expect(summary.selectedName).toEqual({ fr: 'Annonce', en: 'Announcement' });
  });
});

describe('buildSummary: forecasts whose window passed', () => {
  const window = { start: '2025-03', end: '2025-12', precision: 'range', certainty: 'inferred' } as const;
  function withOpening(reported: string | null): Atlas {
    const atlas = sampleAtlas();
    const paris = atlas.sites[0]!;
    paris.statusHistory.push({
      status: 'operational',
      forecast: true,
      date: window,
      citations: [],
      external: [],
    });
    if (reported)
      paris.statusHistory.push({
        status: 'operational',
        date: { start: reported, precision: 'day', certainty: 'stated' },
        citations: [],
        external: [],
      });
    return atlas;
  }
  const overdueAt = (atlas: Atlas, asOf: string) =>
    buildSummary(buildAtlasModel(atlas), { asOf, selectedId: null }, '2026-12-07').overdue.map(
      (o) => o.place,
    );

  it('lists an opening as overdue only while no report of it is known at the cursor', () => {
    expect(overdueAt(withOpening(null), '2026-12-07')).toEqual(['Paris']);
    const reported = withOpening('2026-03-15');
    expect(overdueAt(reported, '2025-11-30')).toEqual([]);
    expect(overdueAt(reported, '2026-03-14')).toEqual(['Paris']);
    expect(overdueAt(reported, '2026-03-15')).toEqual([]);
  });
});
