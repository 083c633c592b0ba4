/**
 * Layout for the investments chart that needs no React: rows (a header per group, then its figures
 * in the model's order), axis ticks for either scale, currency-free axis numbers, country names.
 */
import { estimateTextWidth, truncateToWidth } from '../../lib/text-measure';
import type { Lang } from '../../i18n/languages';
import { regionName } from '../../i18n/region-name';
import {
  niceCeil,
  OPEN_HEADROOM,
  type InvestmentGroup,
  type InvestmentRow,
  type InvestmentsScale,
} from './investments-model';

export type InvestmentsChartRow =
  | { key: string; kind: 'group'; group: InvestmentGroup; first: boolean }
  | { key: string; kind: 'row'; row: InvestmentRow };

export function investmentsRows(groups: readonly InvestmentGroup[]): InvestmentsChartRow[] {
  return groups.flatMap((group, index): InvestmentsChartRow[] => [
    { key: `group:${group.key}`, kind: 'group', group, first: index === 0 },
    ...group.rows.map((row): InvestmentsChartRow => ({ key: row.id, kind: 'row', row })),
  ]);
}

/** Linear: about five round steps from 0; log: every power of ten. */
export function amountTicks(domain: readonly [number, number], scale: InvestmentsScale): number[] {
  const [min, max] = domain;
  if (scale === 'log') {
    const ticks: number[] = [];
    for (let power = Math.ceil(Math.log10(min)); 10 ** power <= max * (1 + 1e-9); power += 1)
      ticks.push(10 ** power);
    return ticks;
  }
  const step = niceCeil(max / 5);
  const ticks: number[] = [];
  for (let value = 0; value <= max * (1 + 1e-9); value += step) ticks.push(value);
  return ticks;
}

/**
 * An axis number with no currency: bars in euros and in an unstated currency share the axis, so the
 * axis must not claim one. '10bn' / '10 Md', '500m' / '500 M' (format.ts writes the digits).
 */
export function formatAxisAmount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

export interface BarScale {
  /** Axis value to x in px (recharts' scale); undefined outside its domain. */
  x: (value: number) => number | undefined;
  plot: { x: number; width: number };
}

export interface BarGeometry {
  /** The bar from start to end (px), null for an amount with no number. */
  bar: { start: number; end: number } | null;
  /** An open lower bound: the faded run from the bar's end to the arrow tip at `tip`. */
  arrow: { from: number; tip: number } | null;
  /** The amount label: inside the bar's end when it would overflow the plot on the right. */
  amount: { x: number; anchor: 'start' | 'end'; inside: boolean };
  /** The row label, cut with '…' to the plot's width minus the nesting indent. */
  label: string;
}

const AMOUNT_GAP = 6;

/** Where a money row's bar, arrow and labels go: pure, so it is tested without a chart. */
export function barGeometry(
  row: Pick<InvestmentRow, 'barStart' | 'barEnd' | 'continues' | 'low'>,
  texts: { amount: string; label: string; indent: number },
  { x, plot }: BarScale,
): BarGeometry {
  const plotRight = plot.x + plot.width;
  const start = row.barStart === null ? null : (x(row.barStart) ?? plot.x);
  const end = row.barEnd === null ? null : (x(row.barEnd) ?? plot.x);
  const tip = row.continues && row.low !== null ? (x(row.low * OPEN_HEADROOM) ?? end) : end;
  const amountWidth = estimateTextWidth(texts.amount);
  const outsideX = (tip ?? plot.x) + AMOUNT_GAP;
  const inside =
    outsideX + amountWidth > plotRight &&
    start !== null &&
    end !== null &&
    end - start > amountWidth + 2 * AMOUNT_GAP;
  const bar = start !== null && end !== null ? { start, end } : null;
  const amountX = inside ? (end ?? plot.x) - AMOUNT_GAP : start === null ? plot.x + texts.indent : outsideX;
  return {
    bar,
    arrow: bar && row.continues && tip !== null && tip > bar.end ? { from: bar.end, tip } : null,
    amount: { x: amountX, anchor: inside ? 'end' : 'start', inside },
    label: truncateToWidth(texts.label, plot.width - texts.indent),
  };
}

/** A group's heading: a country's name in the page's language, or an investor's name as written. */
export function groupName(key: string, groupBy: 'country' | 'investor', lang: Lang): string {
  if (groupBy === 'investor' || !/^[A-Z]{2}$/.test(key)) return key;
  return regionName(key, lang);
}
