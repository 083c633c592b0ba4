import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../../dataset/model';
import type { AtlasEvent, Fact } from '../../dataset/schema';
import type { Lang } from '../../i18n/languages';
import { formatDateValue } from '../../i18n/format';
import { DateText } from './date-text';
import { RecordSources } from './investment-details';
import { QuantityText } from './quantity-text';
import { CorrectionNotes } from './correction-note';
import { OverdueForecast } from '../../components/overdue-forecast';
import { RecordLink, RecordTerm } from './record-link';

export function EventDetails({ model, event, lang }: { model: AtlasModel; event: AtlasEvent; lang: Lang }) {
  const { t } = useTranslation('details');
  return (
    <>
      {event.description && <p className="details-summary">{event.description[lang]}</p>}
      <CorrectionNotes id={event.id} field="description" />
      <dl className="details-facts">
        <dt>{t('field.date')}</dt>
        <dd>
          <DateText date={event.date} lang={lang} />
          {event.forecast && <span className="badge badge-forecast"> {t('forecast')}</span>}
          <OverdueForecast date={event.date} forecast={event.forecast} what="event" />
          <CorrectionNotes id={event.id} field="date" />
        </dd>
        <dt>{t('field.lane')}</dt>
        <dd>{t(`lane.${event.lane}`)}</dd>
        <RecordTerm label={t('field.site')} model={model} id={event.site} lang={lang} />
        <RecordTerm label={t('field.investments')} model={model} id={event.investment} lang={lang} />
      </dl>
      <RecordSources
        label={t('field.recordSources')}
        model={model}
        record={event}
        lang={lang}
        english={[`${formatDateValue(event.date, 'en')}: ${event.title.en}`, event.description?.en]
          .filter(Boolean)
          .join('. ')}
      />
    </>
  );
}

export function FactDetails({ model, fact, lang }: { model: AtlasModel; fact: Fact; lang: Lang }) {
  const { t } = useTranslation('details');
  return (
    <>
      <p className="details-summary">{fact.text[lang]}</p>
      <CorrectionNotes id={fact.id} field="description" />
      <dl className="details-facts">
        {fact.quantity && (
          <>
            <dt>{t('field.figure')}</dt>
            <dd>
              <QuantityText quantity={fact.quantity} lang={lang} />
            </dd>
          </>
        )}
        {fact.date && (
          <>
            <dt>{t('field.date')}</dt>
            <dd>
              <DateText date={fact.date} lang={lang} />
              <CorrectionNotes id={fact.id} field="date" />
            </dd>
          </>
        )}
        {fact.about.length > 0 && (
          <>
            <dt>{t('field.about')}</dt>
            <dd>
              <ul className="details-list">
                {fact.about.map((id) => (
                  <li key={id}>
                    <RecordLink model={model} id={id} lang={lang} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <RecordSources
        label={t('field.recordSources')}
        model={model}
        record={fact}
        lang={lang}
        english={fact.text.en}
      />
    </>
  );
}
