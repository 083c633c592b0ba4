/**
 * The one-line summary read out when the selection or the time cursor changes: how many sites are
 * known at the cursor and how much money was announced for them. Only site-level figures are
 * added (different sites never overlap), nested parts are skipped, and currencies are never mixed.
 */
import type { AtlasModel } from '../../dataset/model';
import type { Quantity } from '../../dataset/schema';
import { isKnownBy } from '../../lib/date-value';
import { sumQuantities, type QuantitySum } from '../../lib/quantity';
import { isSiteKnown } from '../../store/selectors';

export interface Summary {
  /** The cursor date, or today when there is none. */
  asOf: string;
  isToday: boolean;
  siteCount: number;
  /** One sum per currency, in the order first met. */
  sums: (QuantitySum & { unit: Quantity['unit'] })[];
  selectedName: { fr: string; en: string } | null;
}

export function buildSummary(
  model: AtlasModel,
  state: { asOf: string | null; selectedId: string | null },
  today: string,
): Summary {
  const asOf = state.asOf ?? today;
  const sites = model.atlas.sites.filter((site) => isSiteKnown(site, asOf, today));
  const siteIds = new Set(sites.map((site) => site.id));
  const byUnit = new Map<Quantity['unit'], Quantity[]>();
  for (const investment of model.atlas.investments) {
    if (!investment.site || !siteIds.has(investment.site) || investment.partOf) continue;
    if (!isKnownBy(investment.announced, asOf)) continue;
    const list = byUnit.get(investment.amount.unit) ?? [];
    list.push(investment.amount);
    byUnit.set(investment.amount.unit, list);
  }
  const sums = [...byUnit.entries()].map(([unit, amounts]) => ({ ...sumQuantities(amounts), unit }));
  const selected =
    (state.selectedId &&
      (model.sitesById.get(state.selectedId)?.name ?? model.investmentsById.get(state.selectedId)?.label)) ||
    null;
  return { asOf, isToday: state.asOf === null, siteCount: sites.length, sums, selectedName: selected };
}
