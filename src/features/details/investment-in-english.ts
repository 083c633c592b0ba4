import type { Investment } from '../../dataset/schema';
import { formatQuantity } from '../../i18n/format';

/** The atlas's English statement of a pledge, shown beside its French quotes ("In English"). */
export function investmentInEnglish(investment: Investment): string {
  return `${investment.label.en}: ${formatQuantity(investment.amount, 'en')}`;
}
