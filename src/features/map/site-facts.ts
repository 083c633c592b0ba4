/** Pure facts about a site the map shows: the capacity that sizes it and the headline figure of its tooltip. */
import type { AtlasModel } from '../../dataset/model';
import type { Quantity, Site } from '../../dataset/schema';
import { quantityBounds } from '../../dataset/quantity-bounds';

function capacityFigure(site: Site): Quantity | null {
  for (const metric of ['capacity', 'capacity-planned'] as const) {
    const figure = site.figures.find((f) => f.metric === metric && f.quantity.unit === 'MW');
    if (figure) return figure.quantity;
  }
  return null;
}

/** The stated capacity in MW that sizes the symbol: a lower bound counts as its minimum, a range as its middle. */
export function capacityMw(site: Site): number | null {
  const quantity = capacityFigure(site);
  if (!quantity) return null;
  const { low, high } = quantityBounds(quantity);
  if (low === null) return null;
  return high === null ? low : (low + high) / 2;
}

export type Headline = { kind: 'capacity' | 'investment'; quantity: Quantity };

/** What the tooltip shows under the name: the capacity, else the money pledged for the site. */
export function siteHeadline(site: Site, model: Pick<AtlasModel, 'investmentsBySite'>): Headline | null {
  const capacity = capacityFigure(site);
  if (capacity) return { kind: 'capacity', quantity: capacity };
  const investment = model.investmentsBySite.get(site.id)?.[0];
  return investment ? { kind: 'investment', quantity: investment.amount } : null;
}
