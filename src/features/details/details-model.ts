/**
 * What the details panel shows for a selected id, resolved from the read-only model. A site, a
 * pledge (investment), an event or a fact can be selected; anything else shows the empty state.
 * Pure: no React, no i18n.
 */
import type { AtlasModel, AtlasRecord } from '../../dataset/model';
import type { AtlasEvent, Fact, Investment, Note } from '../../dataset/schema';

export type SelectedRecord = AtlasRecord;

export function resolveRecord(model: AtlasModel, id: string | null): SelectedRecord | null {
  return id === null ? null : (model.recordsById.get(id) ?? null);
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
