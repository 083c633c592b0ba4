/** A small valid atlas for unit tests: two sites, one pledge, one note. Not real data. */
import type { Atlas } from './schema';

const cite = (quote: string) => [{ source: 'src-a', quote }];

export function sampleAtlas(): Atlas {
  return {
    version: '1.0.0',
    updated: '2026-11-22',
    sources: [
      {
        id: 'src-a',
        file: '000_sample.txt',
        outlet: 'Sample Outlet',
        title: 'Un article',
        published: { start: '2025-02-10', precision: 'day', certainty: 'stated' },
        kind: 'news',
        reliability: { fr: 'Fiable.', en: 'Reliable.' },
      },
    ],
    sites: [
      {
        id: 'site-paris',
        name: { fr: 'Site de Paris', en: 'Paris site' },
        summary: { fr: 'Un site.', en: 'A site.' },
        operator: 'Mistral AI',
        location: {
          lat: 48.85,
          lon: 2.35,
          place: 'Paris',
          region: 'Île-de-France',
          country: 'FR',
          precision: 'town',
          citations: [],
          external: [{ title: 'Paris', publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Paris' }],
        },
        statusHistory: [
          {
            status: 'announced',
            date: { start: '2025-02-09', precision: 'day', certainty: 'stated' },
            citations: cite('annoncé le dimanche'),
            external: [],
          },
        ],
        partners: [],
        figures: [],
        citations: cite('un centre de données à Paris'),
        external: [],
      },
      {
        id: 'site-borlange',
        name: { fr: 'Campus de Borlänge', en: 'Borlänge campus' },
        summary: { fr: 'Un campus.', en: 'A campus.' },
        operator: 'Mistral AI',
        location: {
          lat: 60.49,
          lon: 15.44,
          place: 'Borlänge',
          region: 'Dalarna',
          country: 'SE',
          precision: 'town',
          citations: [],
          external: [
            { title: 'Borlänge', publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Borl%C3%A4nge' },
          ],
        },
        statusHistory: [
          {
            status: 'planned',
            date: { start: '2026-02', precision: 'month', certainty: 'inferred' },
            citations: cite('le déploiement est prévu'),
            external: [],
          },
        ],
        partners: [],
        figures: [],
        citations: cite('un campus en Suède'),
        external: [],
      },
    ],
    events: [
      {
        id: 'event-announce',
        title: { fr: 'Annonce', en: 'Announcement' },
        date: { start: '2025-02-09', precision: 'day', certainty: 'stated' },
        lane: 'sites',
        site: 'site-paris',
        citations: cite('annoncé le dimanche'),
        external: [],
      },
    ],
    investments: [
      {
        id: 'inv-paris',
        label: { fr: 'Site de Paris', en: 'Paris site' },
        investor: { fr: 'Mistral AI', en: 'Mistral AI' },
        target: { fr: 'Site de Paris', en: 'Paris site' },
        country: 'FR',
        site: 'site-paris',
        amount: {
          text: 'plusieurs milliards d’euros',
          unit: 'EUR',
          kind: 'lower-bound',
          min: 2e9,
          max: null,
        },
        announced: { start: '2025-02-09', precision: 'day', certainty: 'stated' },
        citations: cite('plusieurs milliards d’euros'),
        external: [],
      },
    ],
    facts: [],
    notes: [
      {
        id: 'note-date',
        kind: 'wrong-date',
        about: ['site-borlange'],
        text: { fr: 'Date douteuse.', en: 'Doubtful date.' },
        citations: [],
        external: [],
      },
      {
        id: 'note-borlange-date',
        kind: 'wrong-date',
        about: ['site-borlange'],
        text: { fr: 'L’article se trompe d’année.', en: 'The article has the wrong year.' },
        correction: {
          field: 'date',
          claim: { fr: '2024 (AFP)', en: '2024 (AFP)' },
          corrected: { fr: 'Annoncé le 11 février 2026', en: 'Announced 11 Feb 2026' },
        },
        citations: cite('investissement (AFP, 2024)'),
        external: [{ title: 'Press release', publisher: 'Example Wire', url: 'https://example.org/release' }],
      },
    ],
    changelog: [
      {
        version: '1.0.0',
        date: '2026-11-22',
        changes: [{ fr: 'Première version.', en: 'First version.' }],
      },
    ],
  };
}
