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

export interface SiteMoney {
  siteId: string;
  place: string;
  amounts: Quantity[];
}

export interface Summary {
  /** The cursor date, or today when there is none. */
  asOf: string;
  isToday: boolean;
  siteCount: number;
  /** Site-level money figures known at the cursor, by site; nested parts are left to their parent. */
  money: SiteMoney[];
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
  const money = sites
    .map((site) => ({
      siteId: site.id,
      place: site.location.place,
      amounts: (model.investmentsBySite.get(site.id) ?? [])
        .filter((investment) => !investment.partOf && isKnownBy(investment.announced, asOf))
        .map((investment) => investment.amount),
    }))
    .filter((entry) => entry.amounts.length > 0);
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
