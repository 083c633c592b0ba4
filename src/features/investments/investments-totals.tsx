/** Each total says what it adds, what it leaves out and why, and reads 'at least' when a part is open. */
import type { TFunction } from 'i18next';
import type { Lang } from '../../i18n/languages';
import type { InvestmentRow, InvestmentTotal } from './investments-model';
import { currencyName, rowNames, totalAmount } from './investments-text';

interface TotalsProps {
  totals: readonly InvestmentTotal[];
  rows: ReadonlyMap<string, InvestmentRow>;
  lang: Lang;
  t: TFunction<'investments'>;
}

export function InvestmentsTotals({ totals, rows, lang, t }: TotalsProps) {
  if (totals.length === 0) return null;
  return (
    <div className="investments-totals">
      {totals.map((total) => (
        <div key={total.unit} className="investments-total">
          <p className="investments-total-figure">
            <span>{t('total.label', { currency: currencyName(total.unit, t) })}</span>{' '}
            <strong>{totalAmount(total, lang, t)}</strong>
          </p>
          <p className="investments-total-detail">
            {t('total.includes', { names: rowNames(total.includes, rows, lang) })}
            {total.excludedBy.nested.length > 0 &&
              ` ${t('total.nested', { names: rowNames(total.excludedBy.nested, rows, lang) })}`}
            {total.excludedBy.unspecified.length > 0 &&
              ` ${t('total.unspecified', { names: rowNames(total.excludedBy.unspecified, rows, lang) })}`}
            {total.excludedBy.otherCurrency.length > 0 &&
              ` ${t('total.otherCurrency', { names: rowNames(total.excludedBy.otherCurrency, rows, lang) })}`}
          </p>
        </div>
      ))}
    </div>
  );
}
