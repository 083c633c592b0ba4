/**
 * The sample atlas with enough events and money figures to exercise both charts: a contested
 * year, a stated day, an inferred month, a pledge with a horizon, a figure in an unstated currency.
 * Not real data: facts about data/atlas.json are tested in scripts/atlas-data.test.ts.
 */
import { sampleAtlas } from '../dataset/sample-atlas';
import type { Atlas, Investment } from '../dataset/schema';

const cite = (quote: string) => [{ source: 'src-a', quote }];

function investment(fields: Omit<Investment, 'citations' | 'external'>): Investment {
  return { ...fields, citations: cite(fields.amount.text), external: [] };
}

export function chartAtlas(): Atlas {
  const atlas = sampleAtlas();
  atlas.events.push(
    {
      id: 'event-borlange',
      title: { fr: 'Annonce du campus de Borlänge', en: 'Borlänge campus announced' },
      date: {
        start: '2024',
        precision: 'year',
        certainty: 'contested',
        note: { fr: 'Date discutée.', en: 'Disputed date.' },
      },
      lane: 'sites',
      site: 'site-borlange',
      citations: cite('un campus en Suède'),
      external: [],
    },
    {
      id: 'event-summit',
      title: { fr: 'Sommet de Paris', en: 'Paris summit' },
      date: { start: '2025-02-10', precision: 'day', certainty: 'stated' },
      lane: 'policy',
      citations: cite('annoncé le dimanche'),
      external: [],
    },
    {
      id: 'event-fund',
      title: { fr: 'Annonce du fonds', en: 'Fund announced' },
      date: {
        start: '2025-06',
        precision: 'month',
        certainty: 'inferred',
        note: { fr: 'Déduit du texte.', en: 'Deduced from the text.' },
      },
      lane: 'funding',
      investment: 'inv-fund',
      citations: cite('un fonds'),
      external: [],
    },
  );
  atlas.investments.push(
    investment({
      id: 'inv-borlange',
      label: { fr: 'Campus de Borlänge', en: 'Borlänge campus' },
      investor: { fr: 'Mistral AI', en: 'Mistral AI' },
      target: { fr: 'Campus de Borlänge', en: 'Borlänge campus' },
      country: 'SE',
      site: 'site-borlange',
      amount: { text: '1,2 milliard d’euros', unit: 'EUR', kind: 'exact', value: 1.2e9 },
      announced: {
        start: '2024',
        precision: 'year',
        certainty: 'contested',
        note: { fr: 'Date discutée.', en: 'Disputed date.' },
      },
    }),
    investment({
      id: 'inv-fund',
      label: { fr: 'Fonds d’investissement', en: 'Investment fund' },
      investor: { fr: 'Fund Co', en: 'Fund Co' },
      target: { fr: 'France', en: 'France' },
      country: 'FR',
      amount: { text: '20 milliards d’euros', unit: 'EUR', kind: 'exact', value: 2e10 },
      announced: { start: '2025-06', precision: 'month', certainty: 'inferred' },
      horizon: { start: '2030', precision: 'year', certainty: 'stated' },
    }),
    investment({
      id: 'inv-unstated',
      label: { fr: 'Partenariat', en: 'Partnership' },
      investor: { fr: 'State Co', en: 'State Co' },
      target: { fr: 'France', en: 'France' },
      country: 'FR',
      amount: { text: '50 milliards', unit: 'XXX', kind: 'exact', value: 5e10 },
      announced: { start: '2025-02-10', precision: 'day', certainty: 'stated' },
    }),
  );
  return atlas;
}
