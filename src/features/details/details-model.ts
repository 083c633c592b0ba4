/**
 * What the details panel shows for a selected id, resolved from the read-only model. A site, a
 * pledge (investment), an event or a fact can be selected; anything else shows the empty state.
 * Pure: no React, no i18n.
 */
import type { AtlasModel } from '../../dataset/model';
import type { AtlasEvent, Fact, Investment, LocalizedText, Note, Site } from '../../dataset/schema';

export type SelectedRecord = { readonly id: string } & (
  | { readonly kind: 'site'; readonly site: Site }
  | { readonly kind: 'investment'; readonly investment: Investment }
  | { readonly kind: 'event'; readonly event: AtlasEvent }
  | { readonly kind: 'fact'; readonly fact: Fact }
);

export function resolveRecord(model: AtlasModel, id: string | null): SelectedRecord | null {
  if (id === null) return null;
  const site = model.sitesById.get(id);
  if (site) return { id, kind: 'site', site };
  const investment = model.investmentsById.get(id);
  if (investment) return { id, kind: 'investment', investment };
  const event = model.atlas.events.find((e) => e.id === id);
  if (event) return { id, kind: 'event', event };
  const fact = model.atlas.facts.find((f) => f.id === id);
  if (fact) return { id, kind: 'fact', fact };
  return null;
}

/** The display name of any record id, for links between records (null when unknown). */
export function recordName(model: AtlasModel, id: string): LocalizedText | null {
  const record = resolveRecord(model, id);
  if (!record) return null;
  switch (record.kind) {
    case 'site':
      return record.site.name;
    case 'investment':
      return record.investment.label;
    case 'event':
      return record.event.title;
    case 'fact':
      return record.fact.label;
  }
}

export function notesAbout(model: AtlasModel, id: string): readonly Note[] {
  return model.notesByRecord.get(id) ?? [];
}

export function factsAbout(model: AtlasModel, id: string): readonly Fact[] {
  return model.atlas.facts.filter((fact) => fact.about.includes(id));
}

/** Events of a site, directly or through one of its investments, in date order. */
export function eventsOfSite(model: AtlasModel, siteId: string): readonly AtlasEvent[] {
  const investments = new Set((model.investmentsBySite.get(siteId) ?? []).map((i) => i.id));
  return model.atlas.events
    .filter((e) => e.site === siteId || (e.investment !== undefined && investments.has(e.investment)))
    .toSorted((a, b) => a.date.start.localeCompare(b.date.start));
}

export function eventsOfInvestment(model: AtlasModel, investmentId: string): readonly AtlasEvent[] {
  return model.atlas.events
    .filter((e) => e.investment === investmentId)
    .toSorted((a, b) => a.date.start.localeCompare(b.date.start));
}

/** Pledges that say they are part of this one (`partOf`). */
export function partsOf(model: AtlasModel, investmentId: string): readonly Investment[] {
  return model.atlas.investments.filter((i) => i.partOf === investmentId);
}
