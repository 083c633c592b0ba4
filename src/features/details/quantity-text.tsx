import { useTranslation } from 'react-i18next';
import type { Quantity } from '../../dataset/schema';
import type { Lang } from '../../i18n/languages';
import { formatQuantity } from '../../i18n/format';

/** "≥ 2 000 m²" and, beside it, the article's own words, so a reading of a vague figure is visible. */
export function QuantityText({ quantity, lang }: { quantity: Quantity; lang: Lang }) {
  const { t } = useTranslation('details');
  return (
    <span className="quantity-text">
      <strong>{formatQuantity(quantity, lang)}</strong>{' '}
      <span className="article-wording">
        {t('value.articleWording')} <q lang="fr">{quantity.text}</q>
      </span>
    </span>
  );
}
