/**
 * Layout for the investments chart that needs no React: rows (a header per group, then its figures
 * in the model's order), axis ticks for either scale, currency-free axis numbers, country names.
 */
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';
import {
  niceCeil,
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
  if (value >= 1e9)
    return lang === 'fr' ? `${formatNumber(value / 1e9, lang)} Md` : `${formatNumber(value / 1e9, lang)}bn`;
  if (value >= 1e6)
    return lang === 'fr' ? `${formatNumber(value / 1e6, lang)} M` : `${formatNumber(value / 1e6, lang)}m`;
  return formatNumber(value, lang);
}

/** A group's heading: a country's name in the page's language, or an investor's name as written. */
export function groupName(key: string, groupBy: 'country' | 'investor', lang: Lang): string {
  if (groupBy === 'investor' || !/^[A-Z]{2}$/.test(key)) return key;
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(key) ?? key;
  } catch {
    return key;
  }
}
