/**
 * Words for the investments chart built from the model: the summary sentence and row names.
 * No total across pledges is ever written: the articles do not say whether they overlap.
 */
import type { TFunction } from 'i18next';
import { formatQuantity } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';
import type { InvestmentRow, InvestmentsModel } from './investments-model';

type T = TFunction<'investments'>;

export const allRows = (model: Pick<InvestmentsModel, 'groups'>) =>
  model.groups.flatMap((group) => group.rows);

export function currencyName(unit: InvestmentRow['unit'], t: T): string {
  return unit === 'EUR' || unit === 'USD' ? t(`currency.${unit}`) : unit;
}

/** Ranks figures only within one currency (the most common); the others are listed as written. */
export function investmentsSummary(model: InvestmentsModel, lang: Lang, t: T): string {
  const rows = allRows(model).filter((row) => row.known && row.low !== null);
  const byUnit = new Map<InvestmentRow['unit'], InvestmentRow[]>();
  for (const row of rows) byUnit.set(row.unit, [...(byUnit.get(row.unit) ?? []), row]);
  const main = [...byUnit.entries()]
    .filter(([unit]) => unit === 'EUR' || unit === 'USD')
    .sort((a, b) => b[1].length - a[1].length)[0];
  const parts: string[] = [];
  if (main) {
    const [unit, figures] = main;
    const sorted = [...figures].sort((a, b) => (a.low ?? 0) - (b.low ?? 0));
    parts.push(
      t('summary.main', {
        count: sorted.length,
        currency: currencyName(unit, t),
        smallest: formatQuantity(sorted[0]!.amount, lang),
        largest: formatQuantity(sorted[sorted.length - 1]!.amount, lang),
      }),
    );
  }
  const others = rows.filter((row) => !main || row.unit !== main[0]);
  if (others.length > 0) {
    const list = others.map((row) => formatQuantity(row.amount, lang));
    parts.push(t('summary.others', { count: others.length, list: listFormat(lang).format(list) }));
  }
  if (rows.length > 1) parts.push(t('summary.notAdded'));
  if (model.hiddenByCursor.length > 0)
    parts.push(t('summary.hidden', { count: model.hiddenByCursor.length }));
  return parts.join(' ');
}

const listFormat = (lang: Lang) =>
  new Intl.ListFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { type: 'conjunction' });
