import { useTranslation } from 'react-i18next';
import type { Quantity } from '../../dataset/schema';
import { useLang } from '../../i18n/use-lang';
import { formatQuantity } from '../../i18n/format';

/** "≥ 2 000 m²" and, beside it, the article's own words, so a reading of a vague figure is visible. */
export function QuantityText({ quantity }: { quantity: Quantity }) {
  const { t } = useTranslation('details');
  const lang = useLang();
  return (
    <span className="quantity-text">
      <strong>{formatQuantity(quantity, lang)}</strong>{' '}
      <span className="article-wording">
        {t('value.articleWording')} <q lang="fr">{quantity.text}</q>
      </span>
    </span>
  );
}
