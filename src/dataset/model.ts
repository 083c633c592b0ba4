/** The read-only model every view reads: the validated atlas plus indexes, built once. */
import type { Atlas, AtlasEvent, Investment, Note, Site, Source } from './schema';

export interface AtlasModel {
  readonly atlas: Atlas;
  readonly sitesById: ReadonlyMap<string, Site>;
  readonly sourcesById: ReadonlyMap<string, Source>;
  readonly investmentsById: ReadonlyMap<string, Investment>;
  readonly eventsBySite: ReadonlyMap<string, readonly AtlasEvent[]>;
  readonly investmentsBySite: ReadonlyMap<string, readonly Investment[]>;
  readonly notesByRecord: ReadonlyMap<string, readonly Note[]>;
}

function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly (string | undefined)[]) {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      if (key === undefined) continue;
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

export function buildAtlasModel(atlas: Atlas): AtlasModel {
  return Object.freeze({
    atlas,
    sitesById: new Map(atlas.sites.map((site) => [site.id, site])),
    sourcesById: new Map(atlas.sources.map((source) => [source.id, source])),
    investmentsById: new Map(atlas.investments.map((investment) => [investment.id, investment])),
    eventsBySite: groupBy(atlas.events, (event) => [event.site]),
    investmentsBySite: groupBy(atlas.investments, (investment) => [investment.site]),
    notesByRecord: groupBy(atlas.notes, (note) => note.about),
  });
}
