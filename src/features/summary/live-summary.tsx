/** A visible one-line summary, announced politely when the cursor or the selection changes. */
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAtlasModel } from '../../dataset/model-context';
import { formatIsoDate, formatQuantity, formatWindow } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';
import { useLang } from '../../i18n/use-lang';
import { todayIso } from '../../dataset/site-status';
import { useDeferredAtlasStore } from '../../store/deferred-views';
import { buildSummary, type Summary } from './summary-model';
import './live-summary.css';
import { landmark } from '../../components/export-landmarks';

function useSummaryText(summary: Summary, lang: Lang): string {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('corrections');
  // Worked out once per summary: the deferred store also re-renders this with the last one.
  return useMemo(() => summaryText(summary, lang, t, tc), [summary, lang, t, tc]);
}

/** More figures or overdue openings than this are counted, not listed. */
export const LISTED_AT_MOST = 6;

function summaryText(
  summary: Summary,
  lang: Lang,
  t: TFunction<'common'>,
  tc: TFunction<'corrections'>,
): string {
  const date = formatIsoDate(summary.asOf, lang);
  const parts = [
    summary.isToday ? t('summary.today', { date }) : t('summary.asOf', { date }),
    t('summary.sites', { count: summary.siteCount }),
  ];
  const list = new Intl.ListFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { type: 'conjunction' });
  // Every figure, never a sum, each place named once: "Essonne (≥ €2bn, $830m) and Borlänge €1.2bn".
  const money = summary.money.map(({ place, amounts }) => {
    const texts = amounts.map((amount) => formatQuantity(amount, lang));
    return texts.length === 1 ? `${place} ${texts[0]}` : `${place} (${texts.join(', ')})`;
  });
  const figureCount = summary.money.reduce((count, entry) => count + entry.amounts.length, 0);
  // A sentence read aloud at each cursor step lists a few figures, never a thousand.
  const facts =
    figureCount > LISTED_AT_MOST
      ? t('summary.announcedMany', { sites: parts[1], count: figureCount })
      : figureCount
        ? t('summary.announced', { sites: parts[1], list: list.format(money) })
        : parts[1];
  const overdue =
    summary.overdue.length > LISTED_AT_MOST
      ? [tc('summaryOverdueMany', { count: summary.overdue.length })]
      : summary.overdue.map((entry) =>
          tc('summaryOverdue', { place: entry.place, window: formatWindow(entry.date, lang) }),
        );
  const sentence = [t('summary.sentence', { when: parts[0], facts }), ...overdue].join(' ');
  return summary.selectedName
    ? `${sentence} ${t('summary.selected', { name: summary.selectedName[lang] })}`
    : sentence;
}

export function LiveSummary() {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('provenance');
  const model = useAtlasModel();
  const lang = useLang();
  const state = useDeferredAtlasStore(useShallow((s) => ({ asOf: s.asOf, selectedId: s.selectedId })));
  const today = todayIso();
  const summary = useMemo(() => buildSummary(model, state, today), [model, state, today]);
  const text = useSummaryText(summary, lang);
  const dataAsOf = model.atlas.asOf;
  // The dataset's own day sits outside the live region: it never changes with the cursor, so it is
  // read once with the page, not again at every step. It comes first so that a longer sentence (a
  // selection, another date) never moves it.
  return (
    <p className="live-summary" {...landmark('live-summary')}>
      {dataAsOf && (
        <>
          <span className="summary-data-as-of">
            {tp('asOf', { date: formatIsoDate(dataAsOf, lang) })}
          </span>{' '}
        </>
      )}
      <span role="status" aria-live="polite" aria-label={t('summary.label')}>
        {text}
      </span>
    </p>
  );
}
