import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../dataset/model-context';
import type { Site } from '../../dataset/schema';
import { siteMetrics } from '../../dataset/vocabulary';
import { useLang } from '../../i18n/use-lang';
import { formatDateValue, formatQuantity } from '../../i18n/format';
import { StatusBadge } from '../../components/status-badge';
import { CitationList } from './citation-list';
import { DateText } from './date-text';
import { eventsOfSite } from './details-model';
import { KeyDates } from './key-dates';
import { QuantityText } from './quantity-text';
import { RecordLink } from './record-link';
import { useEnglishT } from './use-english-t';
import { CorrectionNotes } from './correction-note';
import { StatusOverdue } from '../../components/overdue-forecast';
import { SiteFreshness } from './site-freshness';
import './site-details.css';
import { investmentInEnglish } from './investment-in-english';

/** The figures a reader comes for first; everything else is one click away. */
const HEADLINE_METRICS: readonly string[] = ['capacity', 'capacity-planned'];

/**
 * Everything the articles say about one site. The headline (status, capacity, money, dates)
 * comes first, each fact with its source count one click from its quotes; the other facts sit in
 * one disclosure that says how many facts and quotes it holds.
 */
export function SiteDetails({ site }: { site: Site }) {
  const { t } = useTranslation('details');
  const model = useAtlasModel();
  const lang = useLang();
  const { t: tc } = useTranslation();
  const en = useEnglishT();
  const { location } = site;
  const stated = siteMetrics.filter((metric) => site.figures.some((f) => f.metric === metric));
  const missing = siteMetrics.filter((metric) => !stated.includes(metric));
  const investments = model.investmentsBySite.get(site.id) ?? [];
  const events = eventsOfSite(model, site.id);
  const figureRows = (headline: boolean) =>
    stated
      .filter((metric) => HEADLINE_METRICS.includes(metric) === headline)
      .map((metric) =>
        site.figures
          .filter((f) => f.metric === metric)
          .map((figure, index) => (
            <FigureRow key={`${metric}-${index}`} label={t(`metric.${metric}`)}>
              <QuantityText quantity={figure.quantity} />
              {figure.asOf && (
                <span className="details-aside">
                  {t('value.asOf')} <DateText date={figure.asOf} />
                </span>
              )}
              <CitationList
                fact={t(`metric.${metric}`)}
                citations={figure.citations}
                external={figure.external}
                english={`${en(`metric.${metric}`)}: ${formatQuantity(figure.quantity, 'en')}`}
                visible={headline ? 0 : undefined}
              />
            </FigureRow>
          )),
      );
  const otherFigures = site.figures.filter((f) => !HEADLINE_METRICS.includes(f.metric));
  const moreCited = [location, ...site.partners, ...otherFigures];
  const moreQuotes = moreCited.reduce((sum, fact) => sum + fact.citations.length, 0);

  return (
    <>
      <dl className="details-facts details-headline">
        <dt>{t('field.status')}</dt>
        <dd>
          <ol className="details-list">
            {site.statusHistory.map((change, index) => (
              <li key={`${change.status}-${index}`}>
                <StatusBadge status={change.status} />
                {change.forecast && <span className="forecast-tag">{t('value.forecast')}</span>}{' '}
                <DateText date={change.date} />
                <StatusOverdue site={site} change={change} />
                <CitationList
                  fact={tc(`status.${change.status}`)}
                  citations={change.citations}
                  external={change.external}
                  english={`${tc(`status.${change.status}`, { lng: 'en' })}${change.forecast ? ` (${en('value.forecast')})` : ''}: ${formatDateValue(change.date, 'en')}`}
                  visible={0}
                />
              </li>
            ))}
          </ol>
          <CorrectionNotes id={site.id} field="date" />
        </dd>

        {figureRows(true)}
        <SiteFreshness site={site} />

        {investments.length > 0 && (
          <>
            <dt>{t('field.investments')}</dt>
            <dd>
              <ul className="details-list">
                {investments.map((investment) => (
                  <li key={investment.id}>
                    <RecordLink id={investment.id} /> <QuantityText quantity={investment.amount} />
                    <span className="details-aside">
                      {t('field.announced')} <DateText date={investment.announced} />
                    </span>
                    <CitationList
                      fact={investment.label[lang]}
                      citations={investment.citations}
                      external={investment.external}
                      english={investmentInEnglish(investment)}
                      visible={0}
                    />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}

        <KeyDates events={events} />
      </dl>

      <details className="details-more">
        <summary>
          {moreQuotes === 0
            ? t('more.unquoted', { count: 1 + moreCited.length })
            : t('more.summary', {
                count: 1 + moreCited.length,
                quotes: t('more.quotes', { count: moreQuotes }),
              })}
        </summary>
        <dl className="details-facts">
          <dt>{t('field.operator')}</dt>
          <dd>
            {site.operator}
            <CorrectionNotes id={site.id} field="description" />
          </dd>

          <dt>{t('field.location')}</dt>
          <dd>
            {location.place}, {location.region} ({location.country})
            <span className="details-aside">
              {t('value.locationPrecision', { precision: t(`precision.${location.precision}`) })}
            </span>
            <CitationList
              fact={t('field.location')}
              citations={location.citations}
              external={location.external}
              english={`${location.place}, ${location.region} (${location.country})`}
            />
            <CorrectionNotes id={site.id} field="location" />
          </dd>

          {site.partners.length > 0 && (
            <>
              <dt>{t('field.partners')}</dt>
              <dd>
                <ul className="details-list">
                  {site.partners.map((partner) => (
                    <li key={partner.name}>
                      <strong>{partner.name}</strong> — {partner.role[lang]}
                      <CitationList
                        fact={partner.name}
                        citations={partner.citations}
                        external={partner.external}
                        english={`${partner.name}: ${partner.role.en}`}
                      />
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}

          {figureRows(false)}

          {missing.length > 0 && (
            <>
              <dt>{t('value.notStated')}</dt>
              <dd>{missing.map((metric) => t(`metric.${metric}`)).join(', ')}</dd>
            </>
          )}
        </dl>
      </details>
    </>
  );
}

function FigureRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
