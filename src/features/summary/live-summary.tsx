/** A visible one-line summary, announced politely when the cursor or the selection changes. */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { AtlasModel } from '../../dataset/model';
import { formatAmount, formatIsoDate } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';
import { todayIso } from '../../store/selectors';
import { useAtlasStore } from '../../store/store-context';
import { buildSummary, type Summary } from './summary-model';
import './live-summary.css';

function useSummaryText(summary: Summary, lang: Lang): string {
  const { t } = useTranslation();
  const date = formatIsoDate(summary.asOf, lang);
  const parts = [
    summary.isToday ? t('summary.today', { date }) : t('summary.asOf', { date }),
    t('summary.sites', { count: summary.siteCount }),
  ];
  const money = summary.sums
    .filter((sum) => sum.low !== null && sum.low > 0)
    .map((sum) => {
      const low = formatAmount(sum.low!, sum.unit, lang);
      if (sum.open) return t('summary.moneyAtLeast', { amount: low });
      if (sum.high !== null && sum.high !== sum.low)
        return t('summary.moneyRange', { low, high: formatAmount(sum.high, sum.unit, lang) });
      return t('summary.moneyExact', { amount: low });
    });
  const sentence = t('summary.sentence', { when: parts[0], facts: [parts[1], ...money].join(', ') });
  return summary.selectedName
    ? `${sentence} ${t('summary.selected', { name: summary.selectedName[lang] })}`
    : sentence;
}

export function LiveSummary({ model, lang }: { model: AtlasModel; lang: Lang }) {
  const { t } = useTranslation();
  const state = useAtlasStore(useShallow((s) => ({ asOf: s.asOf, selectedId: s.selectedId })));
  const text = useSummaryText(buildSummary(model, state, todayIso()), lang);
  return (
    <p className="live-summary" role="status" aria-live="polite" aria-label={t('summary.label')}>
      {text}
    </p>
  );
}
