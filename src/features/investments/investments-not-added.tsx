/**
 * Where a dashboard would print a grand total, the atlas says why it does not: the articles never
 * say whether these pledges overlap, and adding them could count the same euro twice.
 */
import type { TFunction } from 'i18next';

export function InvestmentsNotAdded({ t }: { t: TFunction<'investments'> }) {
  return <p className="investments-total-detail">{t('total.notAdded')}</p>;
}
