import { readFileSync } from 'node:fs';

/** The real dataset, read from disk, so specs compare the page with the data and not a copy. */
export function readDataset(): { sites: { id: string; name: { fr: string; en: string } }[] } {
  return JSON.parse(readFileSync(new URL('../../data/atlas.json', import.meta.url), 'utf8'));
}

export function datasetSiteIds(): string[] {
  return readDataset()
    .sites.map((site) => site.id)
    .sort();
}
