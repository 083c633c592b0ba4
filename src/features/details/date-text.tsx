import { useTranslation } from 'react-i18next';
import type { DateValue } from '../../dataset/schema';
import type { Lang } from '../../i18n/languages';
import { formatDateValue } from '../../i18n/format';

/**
 * A date with its certainty in words and a symbol (never colour alone). A contested date always
 * shows why; an inferred one says how on demand.
 */
export function DateText({ date, lang }: { date: DateValue; lang: Lang }) {
  const { t } = useTranslation('details');
  const text = <time dateTime={date.end ? undefined : date.start}>{formatDateValue(date, lang)}</time>;
  if (date.certainty === 'stated') return text;
  const badge = (
    <span className={`certainty-badge certainty-${date.certainty}`}>
      <span aria-hidden="true">{date.certainty === 'contested' ? '⚠' : '≈'}</span> {t(`certainty.${date.certainty}`)}
    </span>
  );
  return (
    <span className="date-text">
      {text} {badge}
      {date.note &&
        (date.certainty === 'contested' ? (
          <span className="certainty-note">{date.note[lang]}</span>
        ) : (
          <details className="certainty-why">
            <summary>{t('certainty.why')}</summary>
            {date.note[lang]}
          </details>
        ))}
    </span>
  );
}
