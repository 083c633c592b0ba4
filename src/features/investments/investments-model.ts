/**
 * The investments chart as plain data: one horizontal bar per money figure, grouped by country or
 * investor, nested pledges (partOf) right under their parent. Amounts are never added up: the model
 * exposes no total, only each figure as the article states it.
 * Open lower bounds continue and read '≥', ranges float from min to max, amounts without a
 * stated currency (XXX) are labelled so, a child is never added to its parent, currencies never mix.
 */
import type { AtlasEvent, DateValue, Investment, LocalizedText, Quantity, Site } from '../../dataset/schema';
import { isKnownBy } from '../../lib/date-value';
import { quantityBounds, type QuantityUnit } from '../../dataset/quantity-bounds';
import { isDimmed, isHighlighted, relatedIds, relatedToFocus } from '../../dataset/linking';
import { investmentTrees, type Placed } from './investments-tree';

export interface InvestmentsInput {
  readonly investments: readonly Investment[];
  readonly sites: readonly Pick<Site, 'id' | 'name'>[];
  /** Only for linking: a selected event highlights its investment. */
  readonly events?: readonly Pick<AtlasEvent, 'id' | 'site' | 'investment'>[];
}

export type InvestmentsGroupBy = 'country' | 'investor';
export type InvestmentsScale = 'linear' | 'log';

export interface InvestmentsState {
  readonly asOf: string | null;
  readonly selectedId: string | null;
  readonly hoveredId: string | null;
  readonly groupBy: InvestmentsGroupBy;
  readonly scale: InvestmentsScale;
  /** Keep figures announced after the cursor as rows with known: false (default: omit them). */
  readonly includeUnknown?: boolean;
}

export interface InvestmentRow {
  id: string;
  label: LocalizedText;
  investor: LocalizedText;
  target: LocalizedText;
  country: string;
  siteId?: string;
  siteName?: LocalizedText;
  amount: Quantity;
  unit: QuantityUnit;
  kind: Quantity['kind'];
  low: number | null;
  high: number | null;
  open: boolean;
  /** What to draw, in axis units; null when there is no number (an unspecified amount). */
  barStart: number | null;
  barEnd: number | null;
  /** An open lower bound: the bar stops at `low` but is drawn as continuing (fade or arrow). */
  continues: boolean;
  /** 0 at the top level; n when nested n deep, drawn right under its parent. */
  depth: number;
  /** The nearest ancestor shown in the chart (an ancestor hidden by the cursor is skipped). */
  parentId?: string;
  /** The amount as the article writes it. */
  text: string;
  /** False for XXX: the article gives no currency; label it so. */
  currencyStated: boolean;
  announced: DateValue;
  horizon?: DateValue;
  known: boolean;
  selected: boolean;
  highlighted: boolean;
  dimmed: boolean;
}

export interface InvestmentGroup {
  key: string;
  /** A country code or an investor's name; the i18n layer names countries. */
  label: string;
  /** Grouped by investor: the investor's name in both languages (the key is its English name). */
  name?: LocalizedText;
  rows: InvestmentRow[];
}

export interface InvestmentsModel {
  groups: InvestmentGroup[];
  /** Axis extent, the same whatever the cursor so bars do not jump while playing; log: both > 0. */
  domain: [number, number];
  /** Figures announced after the cursor, left out of the rows. */
  hiddenByCursor: string[];
}

/** Room past an open bound's low so its 'continues' arrow stays on the axis. */
export const OPEN_HEADROOM = 1.5;

type Focus = Pick<InvestmentsState, 'selectedId' | 'hoveredId'>;

export function investmentsDomain(
  investments: readonly Investment[],
  scale: InvestmentsScale,
): [number, number] {
  // Loops, not Math.max(...values): a spread of 100,000 arguments overflows the stack.
  let max = 0;
  let minPositive = Infinity;
  let maxPositive = -Infinity;
  for (const investment of investments) {
    const { low, high, open } = quantityBounds(investment.amount);
    for (const v of [low, high, open && low !== null ? low * OPEN_HEADROOM : null]) {
      if (v === null) continue;
      if (v > max) max = v;
      if (v > 0 && v < minPositive) minPositive = v;
      if (v > 0 && v > maxPositive) maxPositive = v;
    }
  }
  if (scale === 'linear') return [0, niceCeil(max)];
  if (minPositive === Infinity) return [1, 10];
  // One decade under the smallest figure, so the smallest bar still has a length.
  const min = 10 ** (Math.ceil(Math.log10(minPositive)) - 1);
  return [min, 10 ** Math.ceil(Math.log10(maxPositive))];
}

/** 1, 2, 2.5 or 5 times a power of ten, at least x (1 for nothing). */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= x * (1 - 1e-12)) ?? 10;
  return step * power;
}

function bar(
  low: number | null,
  high: number | null,
  kind: Quantity['kind'],
  domain: [number, number],
  scale: InvestmentsScale,
) {
  if (low === null) return { barStart: null, barEnd: null };
  const clamp = (v: number) => (scale === 'log' ? Math.max(v, domain[0]) : v);
  const base = scale === 'log' ? domain[0] : 0;
  if (kind === 'range' && high !== null) return { barStart: clamp(low), barEnd: clamp(high) };
  return { barStart: base, barEnd: clamp(low) };
}

// The axis depends on the dataset and the scale only: worked out once for each.
const domains = new WeakMap<readonly Investment[], Map<InvestmentsScale, [number, number]>>();
function domainOf(investments: readonly Investment[], scale: InvestmentsScale): [number, number] {
  let byScale = domains.get(investments);
  if (!byScale) domains.set(investments, (byScale = new Map()));
  let domain = byScale.get(scale);
  if (!domain) byScale.set(scale, (domain = investmentsDomain(investments, scale)));
  return domain;
}

export function buildInvestmentsModel(input: InvestmentsInput, state: InvestmentsState): InvestmentsModel {
  const siteNames = new Map(input.sites.map((site) => [site.id, site.name]));
  const hiddenByCursor = input.investments
    .filter((investment) => !isKnownBy(investment.announced, state.asOf))
    .map((investment) => investment.id);
  const hidden = state.includeUnknown ? new Set<string>() : new Set(hiddenByCursor);
  const domain = domainOf(input.investments, state.scale);

  const linkModel = { events: input.events ?? [], investments: input.investments };
  const focus: Focus = state;
  const related = relatedToFocus(linkModel, focus);
  const relatedToSelection =
    state.selectedId === null ? new Set<string>() : relatedIds(linkModel, state.selectedId);

  const rowOf = ({ investment, parentId, depth }: Placed): InvestmentRow => {
    const { low, high, open } = quantityBounds(investment.amount);
    const siteName = investment.site === undefined ? undefined : siteNames.get(investment.site);
    return {
      id: investment.id,
      label: investment.label,
      investor: investment.investor,
      target: investment.target,
      country: investment.country,
      ...(investment.site !== undefined && { siteId: investment.site }),
      ...(siteName !== undefined && { siteName }),
      amount: investment.amount,
      unit: investment.amount.unit,
      kind: investment.amount.kind,
      low,
      high,
      open,
      ...bar(low, high, investment.amount.kind, domain, state.scale),
      continues: open,
      depth,
      ...(parentId !== undefined && { parentId }),
      text: investment.amount.text,
      currencyStated: investment.amount.unit !== 'XXX',
      announced: investment.announced,
      ...(investment.horizon !== undefined && { horizon: investment.horizon }),
      known: isKnownBy(investment.announced, state.asOf),
      selected: investment.id === state.selectedId,
      highlighted: isHighlighted(investment.id, focus, related),
      dimmed: isDimmed(investment.id, state.selectedId, relatedToSelection),
    };
  };

  const groups = new Map<string, InvestmentRow[]>();
  const names = new Map<string, LocalizedText>();
  for (const tree of investmentTrees(input.investments, hidden)) {
    const root = tree[0]!.investment;
    const key = state.groupBy === 'country' ? root.country : root.investor.en;
    const rows = groups.get(key);
    if (rows) for (const placed of tree) rows.push(rowOf(placed));
    else groups.set(key, tree.map(rowOf));
    if (state.groupBy === 'investor') names.set(key, root.investor);
  }
  // Groups come in the order of their biggest top-level figure, since roots are visited biggest first.
  const groupList = [...groups].map(([key, rows]): InvestmentGroup => ({
    key,
    label: key,
    rows,
    ...(names.has(key) && { name: names.get(key) }),
  }));
  return { groups: groupList, domain, hiddenByCursor };
}
