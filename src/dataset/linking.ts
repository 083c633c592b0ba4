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

/** The id itself and every record linked to it; an unknown id is related to itself only. */
export function relatedIds(model: LinkableModel, id: string): Set<string> {
  const related = new Set<string>([id]);
  const add = (other: string | undefined) => {
    if (other !== undefined) related.add(other);
  };
  const siteOfInvestment = new Map(model.investments.map((investment) => [investment.id, investment.site]));

  for (const investment of model.investments) {
    if (investment.id === id) {
      add(investment.site);
      add(investment.partOf);
    }
    if (investment.partOf === id || investment.site === id) add(investment.id);
  }
  for (const event of model.events) {
    const siteViaInvestment =
      event.investment === undefined ? undefined : siteOfInvestment.get(event.investment);
    if (event.id === id) {
      add(event.site);
      add(event.investment);
      add(siteViaInvestment);
    }
    if (event.site === id || event.investment === id || siteViaInvestment === id) add(event.id);
  }
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
