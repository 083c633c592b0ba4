/**
 * What lights up together: every view (map, timeline, investments, details) asks these helpers, so
 * a selected site highlights the same events and figures everywhere. Links are one hop through the
 * dataset's references (event.site, event.investment, investment.site, investment.partOf), plus the
 * events of a site's investments, and the relation is symmetric: b is related to a iff a is to b.
 */
import type { AtlasEvent, Investment } from './schema';

export interface LinkableModel {
  readonly events: readonly Pick<AtlasEvent, 'id' | 'site' | 'investment'>[];
  readonly investments: readonly Pick<Investment, 'id' | 'site' | 'partOf'>[];
}

export interface Focus {
  readonly selectedId: string | null;
  readonly hoveredId: string | null;
}

type LinkIndex = ReadonlyMap<string, ReadonlySet<string>>;

// At 10,000 sites a selection or a hover walked every event and pledge, once per view.
// The links are indexed once per dataset (its event and pledge arrays never change once validated).
const indexes = new WeakMap<LinkableModel['events'], WeakMap<LinkableModel['investments'], LinkIndex>>();

function buildIndex(model: LinkableModel): LinkIndex {
  const index = new Map<string, Set<string>>();
  const link = (a: string, b: string | undefined) => {
    if (b === undefined) return;
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      let links = index.get(from);
      if (!links) index.set(from, (links = new Set()));
      links.add(to);
    }
  };
  const siteOfInvestment = new Map(model.investments.map((investment) => [investment.id, investment.site]));
  for (const investment of model.investments) {
    link(investment.id, investment.site);
    link(investment.id, investment.partOf);
  }
  for (const event of model.events) {
    link(event.id, event.site);
    link(event.id, event.investment);
    link(event.id, event.investment === undefined ? undefined : siteOfInvestment.get(event.investment));
  }
  return index;
}

function linkIndex(model: LinkableModel): LinkIndex {
  let byInvestments = indexes.get(model.events);
  if (!byInvestments) indexes.set(model.events, (byInvestments = new WeakMap()));
  let index = byInvestments.get(model.investments);
  if (!index) byInvestments.set(model.investments, (index = buildIndex(model)));
  return index;
}

/** The id itself and every record linked to it; an unknown id is related to itself only. */
export function relatedIds(model: LinkableModel, id: string): Set<string> {
  const related = new Set(linkIndex(model).get(id));
  related.add(id);
  return related;
}

/** Everything related to the selection or to the hovered record (empty when neither is set). */
export function relatedToFocus(model: LinkableModel, focus: Focus): Set<string> {
  const related = new Set<string>();
  for (const id of [focus.selectedId, focus.hoveredId]) {
    if (id !== null) for (const other of relatedIds(model, id)) related.add(other);
  }
  return related;
}

/** `related` is what `relatedToFocus` returns for the same focus. */
export function isHighlighted(id: string, focus: Focus, related: ReadonlySet<string>): boolean {
  return id === focus.selectedId || id === focus.hoveredId || related.has(id);
}

/** A selection exists and `id` is not part of it. `relatedToSelection` = relatedIds(model, selectedId). */
export function isDimmed(
  id: string,
  selectedId: string | null,
  relatedToSelection: ReadonlySet<string>,
): boolean {
  return selectedId !== null && id !== selectedId && !relatedToSelection.has(id);
}
