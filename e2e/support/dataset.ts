import { readFileSync } from 'node:fs';

/** The real dataset, read from disk, so specs compare the page with the data and not a copy. */
type Text = { fr: string; en: string };

export function readDataset(): {
  sites: { id: string; name: Text }[];
  events: { id: string; title: Text }[];
  investments: { id: string; label: Text }[];
} {
  return JSON.parse(readFileSync(new URL('../../data/atlas.json', import.meta.url), 'utf8'));
}

export function datasetSiteIds(): string[] {
  return readDataset()
    .sites.map((site) => site.id)
    .sort();
}
