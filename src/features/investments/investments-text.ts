/** Words for the investments chart built from the model: totals, the summary sentence, row names. */
import type { TFunction } from 'i18next';
import { formatAmount, formatQuantity } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';
import type { InvestmentRow, InvestmentsModel, InvestmentTotal } from './investments-model';

type T = TFunction<'investments'>;

export const allRows = (model: Pick<InvestmentsModel, 'groups'>) =>
  model.groups.flatMap((group) => group.rows);

/** 'at least €23.8bn' when a part is open, '€1bn – €2bn' for a span, else the amount. */
export function totalAmount(total: InvestmentTotal, lang: Lang, t: T): string {
  const low = formatAmount(total.low, total.unit, lang);
  if (total.open) return t('total.atLeast', { amount: low });
  if (total.high !== null && total.high !== total.low)
    return `${low} – ${formatAmount(total.high, total.unit, lang)}`;
  return low;
}

export function currencyName(unit: InvestmentTotal['unit'], t: T): string {
  return unit === 'EUR' || unit === 'USD' ? t(`currency.${unit}`) : unit;
}

export function investmentsSummary(model: InvestmentsModel, lang: Lang, t: T): string {
  const rows = allRows(model).filter((row) => row.known && row.low !== null);
  const sorted = [...rows].sort((a, b) => (a.low ?? 0) - (b.low ?? 0));
  const parts: string[] = [];
  if (sorted.length > 0) {
    parts.push(
      t('summary.main', {
        count: sorted.length,
        smallest: formatQuantity(sorted[0]!.amount, lang),
        largest: formatQuantity(sorted[sorted.length - 1]!.amount, lang),
      }),
    );
  }
  for (const total of model.totals) {
    parts.push(
      t('summary.total', { currency: currencyName(total.unit, t), amount: totalAmount(total, lang, t) }),
    );
  }
  if (model.hiddenByCursor.length > 0)
    parts.push(t('summary.hidden', { count: model.hiddenByCursor.length }));
  return parts.join(' ');
}

export function rowNames(
  ids: readonly string[],
  rows: ReadonlyMap<string, InvestmentRow>,
  lang: Lang,
): string {
  const names = ids.map((id) => rows.get(id)?.label[lang] ?? id);
  return new Intl.ListFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { type: 'conjunction' }).format(names);
}
