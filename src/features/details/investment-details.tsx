import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../../dataset/model';
import type { Investment } from '../../dataset/schema';
import type { Lang } from '../../i18n/languages';
import { CitationList } from './citation-list';
import { DateText } from './date-text';
import { eventsOfInvestment, partsOf } from './details-model';
import { KeyDates } from './key-dates';
import { CorrectionNotes } from './correction-note';
import { QuantityText } from './quantity-text';
import { RecordLink, RecordTerm } from './record-link';
import { formatQuantity } from '../../i18n/format';

/** A pledge: who gives how much to whom, when, and how it nests in other pledges (`partOf`). */
export function InvestmentDetails({
  model,
  investment,
  lang,
}: {
  model: AtlasModel;
  investment: Investment;
  lang: Lang;
}) {
  const { t } = useTranslation('details');
  const parts = partsOf(model, investment.id);
  const events = eventsOfInvestment(model, investment.id);
  return (
    <>
      <dl className="details-facts">
        <dt>{t('field.amount')}</dt>
        <dd>
          <QuantityText quantity={investment.amount} lang={lang} />
          <CorrectionNotes id={investment.id} field="amount" />
        </dd>
        <dt>{t('field.investor')}</dt>
        <dd>
          {investment.investor[lang]}
          <CorrectionNotes id={investment.id} field="description" />
        </dd>
        <dt>{t('field.target')}</dt>
        <dd>{investment.target[lang]}</dd>
        <dt>{t('field.country')}</dt>
        <dd>{investment.country}</dd>
        <dt>{t('field.announced')}</dt>
        <dd>
          <DateText date={investment.announced} lang={lang} />
          <CorrectionNotes id={investment.id} field="date" />
        </dd>
        {investment.horizon && (
          <>
            <dt>{t('field.horizon')}</dt>
            <dd>
              <DateText date={investment.horizon} lang={lang} />
            </dd>
          </>
        )}
        <RecordTerm label={t('field.site')} model={model} id={investment.site} lang={lang} />
        <RecordTerm label={t('field.partOf')} model={model} id={investment.partOf} lang={lang} />
        {parts.length > 0 && (
          <>
            <dt>{t('field.parts')}</dt>
            <dd>
              <ul className="details-list">
                {parts.map((part) => (
                  <li key={part.id}>
                    <RecordLink model={model} id={part.id} lang={lang} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <KeyDates model={model} events={events} lang={lang} />
      </dl>
      <RecordSources
        label={t('field.recordSources')}
        model={model}
        record={investment}
        lang={lang}
        english={`${investment.label.en}: ${formatQuantity(investment.amount, 'en')}`}
      />
    </>
  );
}

export function RecordSources({
  label,
  model,
  record,
  lang,
  english,
}: {
  label: string;
  model: AtlasModel;
  record: Pick<Investment, 'citations' | 'external'>;
  lang: Lang;
  english: string;
}) {
  return (
    <section className="details-section" aria-label={label}>
      <h3>{label}</h3>
      <CitationList
        fact={label}
        citations={record.citations}
        external={record.external}
        sourcesById={model.sourcesById}
        lang={lang}
        english={english}
      />
    </section>
  );
}
