/**
 * The one-line summary read out when the selection or the time cursor changes: how many sites are
 * known at the cursor and the money announced for each. Amounts are listed site by site, never
 * added: the dataset notes that the Essonne and Borlänge figures must not be merged or summed.
 */
import { recordText, type AtlasModel } from '../../dataset/model';
import type { DateValue, LocalizedText, Quantity } from '../../dataset/schema';
import { overdueStatusChanges } from '../../dataset/forecast-status';
import { isKnownBy } from '../../lib/date-value';
import { knownSitesAt } from '../../dataset/site-status';

export interface PlaceMoney {
  /** The sites in this place, in the dataset's order: two sites may share a town. */
  siteIds: string[];
  place: string;
  amounts: Quantity[];
}

export interface Summary {
  /** The cursor date, or today when there is none. */
  asOf: string;
  isToday: boolean;
  siteCount: number;
  /**
   * Site-level money figures known at the cursor, one entry per place (a sentence that names a town
   * twice reads as two towns); nested parts are left to their parent.
   */
  money: PlaceMoney[];
  selectedName: LocalizedText | null;
  /** Forecasts of the known sites whose window ended before the cursor, none reported as reached. */
  overdue: { siteId: string; place: string; date: DateValue }[];
}

export function buildSummary(
  model: AtlasModel,
  state: { asOf: string | null; selectedId: string | null },
  today: string,
): Summary {
  const asOf = state.asOf ?? today;
  const sites = knownSitesAt(model.atlas.sites, asOf, today);
  const byPlace = new Map<string, PlaceMoney>();
  for (const site of sites) {
    const amounts = (model.investmentsBySite.get(site.id) ?? [])
      .filter((investment) => !investment.partOf && isKnownBy(investment.announced, asOf))
      .map((investment) => investment.amount);
    if (amounts.length === 0) continue;
    const key = `${site.location.country}\u0000${site.location.place}`;
    const entry = byPlace.get(key);
    if (entry) {
      entry.siteIds.push(site.id);
      entry.amounts.push(...amounts);
    } else byPlace.set(key, { siteIds: [site.id], place: site.location.place, amounts });
  }
  const money = [...byPlace.values()];
  const selected = state.selectedId === null ? undefined : model.recordsById.get(state.selectedId);
  const selectedName = selected ? recordText(selected) : null;
  const overdue = sites.flatMap((site) =>
    overdueStatusChanges(site, asOf).map((change) => ({
      siteId: site.id,
      place: site.location.place,
      date: change.date,
    })),
  );
  return { asOf, isToday: state.asOf === null, siteCount: sites.length, money, selectedName, overdue };
}
