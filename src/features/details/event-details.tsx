import { useTranslation } from 'react-i18next';
import type { AtlasEvent, Fact } from '../../dataset/schema';
import { useLang } from '../../i18n/use-lang';
import { formatDateValue } from '../../i18n/format';
import { DateText } from './date-text';
import { RecordSources } from './investment-details';
import { QuantityText } from './quantity-text';
import { CorrectionNotes } from './correction-note';
import { EventForecastOutcome } from '../../components/overdue-forecast';
import { RecordsTerm, RecordTerm } from './record-link';
import { landmark } from '../../components/export-landmarks';

export function EventDetails({ event }: { event: AtlasEvent }) {
  const { t } = useTranslation('details');
  const lang = useLang();
  return (
    <>
      {event.description && (
        <p className="details-summary" {...landmark('headline-summary')}>
          {event.description[lang]}
        </p>
      )}
      <CorrectionNotes id={event.id} field="description" />
      <dl className="details-facts">
        <dt>{t('field.date')}</dt>
        <dd>
          <DateText date={event.date} />
          {event.forecast && <span className="badge badge-forecast"> {t('forecast')}</span>}
          <EventForecastOutcome event={event} />
          <CorrectionNotes id={event.id} field="date" />
        </dd>
        <dt>{t('field.lane')}</dt>
        <dd>{t(`lane.${event.lane}`)}</dd>
        <RecordTerm label={t('field.site')} id={event.site} />
        <RecordTerm label={t('field.investments')} id={event.investment} />
      </dl>
      <RecordSources
        label={t('field.recordSources')}
        record={event}
        english={[`${formatDateValue(event.date, 'en')}: ${event.title.en}`, event.description?.en]
          .filter(Boolean)
          .join('. ')}
      />
    </>
  );
}

export function FactDetails({ fact }: { fact: Fact }) {
  const { t } = useTranslation('details');
  const lang = useLang();
  return (
    <>
      <p className="details-summary" {...landmark('headline-summary')}>
        {fact.text[lang]}
      </p>
      <CorrectionNotes id={fact.id} field="description" />
      <dl className="details-facts">
        {fact.quantity && (
          <>
            <dt>{t('field.figure')}</dt>
            <dd>
              <QuantityText quantity={fact.quantity} />
            </dd>
          </>
        )}
        {fact.date && (
          <>
            <dt>{t('field.date')}</dt>
            <dd>
              <DateText date={fact.date} />
              <CorrectionNotes id={fact.id} field="date" />
            </dd>
          </>
        )}
        <RecordsTerm label={t('field.about')} ids={fact.about} />
      </dl>
      <RecordSources label={t('field.recordSources')} record={fact} english={fact.text.en} />
    </>
  );
}
