import { useTranslation } from 'react-i18next';
import type { DateValue } from '../../dataset/schema';
import { useLang } from '../../i18n/use-lang';
import { formatDateValue } from '../../i18n/format';

/**
 * A date with its certainty in words and a symbol (never colour alone), and the note saying why
 * it is contested or how it was inferred. `compact` drops the note (lists of dates).
 */
export function DateText({ date, compact = false }: { date: DateValue; compact?: boolean }) {
  const { t } = useTranslation('details');
  const lang = useLang();
  const text = <time dateTime={date.end ? undefined : date.start}>{formatDateValue(date, lang)}</time>;
  if (date.certainty === 'stated') return text;
  const badge = (
    <span className={`certainty-badge certainty-${date.certainty}`}>
      <span aria-hidden="true">{date.certainty === 'contested' ? '⚠' : '≈'}</span>{' '}
      {t(`certainty.${date.certainty}`)}
    </span>
  );
  return (
    <span className="date-text">
      {text} {badge}
      {date.note && !compact && (
        <>
          {' '}
          <span className={`certainty-note-${date.certainty}`}>{date.note[lang]}</span>
        </>
      )}
    </span>
  );
}
