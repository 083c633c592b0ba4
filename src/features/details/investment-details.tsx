import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../dataset/model-context';
import { useLang } from '../../i18n/use-lang';
import type { Investment } from '../../dataset/schema';
import { CitationList } from './citation-list';
import { DateText } from './date-text';
import { eventsOfInvestment, partsOf } from './details-model';
import { KeyDates } from './key-dates';
import { CorrectionNotes } from './correction-note';
import { QuantityText } from './quantity-text';
import { RecordsTerm, RecordTerm } from './record-link';
import { investmentInEnglish } from './investment-in-english';

/** A pledge: who gives how much to whom, when, and how it nests in other pledges (`partOf`). */
export function InvestmentDetails({ investment }: { investment: Investment }) {
  const { t } = useTranslation('details');
  const model = useAtlasModel();
  const lang = useLang();
  const parts = partsOf(model, investment.id);
  const events = eventsOfInvestment(model, investment.id);
  return (
    <>
      <dl className="details-facts">
        <dt>{t('field.amount')}</dt>
        <dd>
          <QuantityText quantity={investment.amount} />
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
          <DateText date={investment.announced} />
          <CorrectionNotes id={investment.id} field="date" />
        </dd>
        {investment.horizon && (
          <>
            <dt>{t('field.horizon')}</dt>
            <dd>
              <DateText date={investment.horizon} />
            </dd>
          </>
        )}
        <RecordTerm label={t('field.site')} id={investment.site} />
        <RecordTerm label={t('field.partOf')} id={investment.partOf} />
        <RecordsTerm label={t('field.parts')} ids={parts.map((part) => part.id)} />
        <KeyDates events={events} />
      </dl>
      <RecordSources
        label={t('field.recordSources')}
        record={investment}
        english={investmentInEnglish(investment)}
      />
    </>
  );
}

export function RecordSources({
  label,
  record,
  english,
}: {
  label: string;
  record: Pick<Investment, 'citations' | 'external'>;
  english: string;
}) {
  return (
    <section className="details-section" aria-label={label}>
      <h3>{label}</h3>
      <CitationList fact={label} citations={record.citations} external={record.external} english={english} />
    </section>
  );
}
