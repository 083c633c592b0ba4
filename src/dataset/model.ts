/** The read-only model every view reads: the validated atlas plus indexes, built once. */
import type {
  Atlas,
  AtlasEvent,
  Citation,
  Fact,
  Investment,
  LocalizedText,
  Note,
  Site,
  Source,
} from './schema';

/** Any record a visitor may select (URL `site=`, embed `atlas:select`, search, a click). */
export type AtlasRecord = { readonly id: string } & (
  | { readonly kind: 'site'; readonly site: Site }
  | { readonly kind: 'investment'; readonly investment: Investment }
  | { readonly kind: 'event'; readonly event: AtlasEvent }
  | { readonly kind: 'fact'; readonly fact: Fact }
);
export type RecordKind = AtlasRecord['kind'];

export interface AtlasModel {
  readonly atlas: Atlas;
  readonly sitesById: ReadonlyMap<string, Site>;
  readonly sourcesById: ReadonlyMap<string, Source>;
  readonly investmentsById: ReadonlyMap<string, Investment>;
  readonly eventsById: ReadonlyMap<string, AtlasEvent>;
  /** Every selectable record (sites, investments, events, facts) by id, with its kind. */
  readonly recordsById: ReadonlyMap<string, AtlasRecord>;
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

function indexRecords(atlas: Atlas): Map<string, AtlasRecord> {
  const records = new Map<string, AtlasRecord>();
  // First one wins, in this order, should two kinds ever share an id (integrity forbids it).
  const put = (record: AtlasRecord) => {
    if (!records.has(record.id)) records.set(record.id, record);
  };
  for (const site of atlas.sites) put({ id: site.id, kind: 'site', site });
  for (const investment of atlas.investments) put({ id: investment.id, kind: 'investment', investment });
  for (const event of atlas.events) put({ id: event.id, kind: 'event', event });
  for (const fact of atlas.facts) put({ id: fact.id, kind: 'fact', fact });
  return records;
}

export function buildAtlasModel(atlas: Atlas): AtlasModel {
  return Object.freeze({
    atlas,
    sitesById: new Map(atlas.sites.map((site) => [site.id, site])),
    sourcesById: new Map(atlas.sources.map((source) => [source.id, source])),
    investmentsById: new Map(atlas.investments.map((investment) => [investment.id, investment])),
    eventsById: new Map(atlas.events.map((event) => [event.id, event])),
    recordsById: indexRecords(atlas),
    eventsBySite: groupBy(atlas.events, (event) => [event.site]),
    investmentsBySite: groupBy(atlas.investments, (investment) => [investment.site]),
    notesByRecord: groupBy(atlas.notes, (note) => note.about),
  });
}

/** What every kind of record has: a display name in both languages and its own citations. */
function recordParts(record: AtlasRecord): { text: LocalizedText; citations: readonly Citation[] } {
  switch (record.kind) {
    case 'site':
      return { text: record.site.name, citations: record.site.citations };
    case 'investment':
      return { text: record.investment.label, citations: record.investment.citations };
    case 'event':
      return { text: record.event.title, citations: record.event.citations };
    case 'fact':
      return { text: record.fact.label, citations: record.fact.citations };
  }
}

/** The record's display name in both languages (a site's name, a pledge's label, an event's title). */
export function recordText(record: AtlasRecord): LocalizedText {
  return recordParts(record).text;
}

export function recordName(record: AtlasRecord, lang: keyof LocalizedText): string {
  return recordText(record)[lang];
}

/** The record's own citations, each with its verbatim quote. */
export function recordCitations(record: AtlasRecord): readonly Citation[] {
  return recordParts(record).citations;
}
