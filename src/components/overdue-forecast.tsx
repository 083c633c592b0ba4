/**
 * A forecast whose window ended before the time cursor's date, with no reported outcome: shown as
 * overdue ("expected Mar–Dec 2025; no opening reported in the sources"), never as a future plan;
 * once a later report says it happened, the outcome beside that report instead. The rule lives in dataset/forecast-status.ts; this only renders it, for every view that shows a
 * forecast (site list, details).
 */
import { useTranslation } from 'react-i18next';
import {
  eventForecastOutcome,
  overdueStatusChanges,
  statusForecastOutcome,
  type ForecastEvent,
  type StatusForecastOutcome,
} from '../dataset/forecast-status';
import { useAtlasModel } from '../dataset/model-context';
import { reportSourceName } from '../dataset/report-source';
import type { DateValue, Site, StatusChange } from '../dataset/schema';
import { formatDateValue, formatWindow } from '../i18n/format';
import { useLang } from '../i18n/use-lang';
import { todayIso } from '../dataset/site-status';
import { useAtlasStore } from '../store/store-context';
import './overdue-forecast.css';

/** The cursor's date, or today when the cursor shows everything known now. */
export function useCursorDay(): string {
  const asOf = useAtlasStore((s) => s.asOf);
  return asOf ?? todayIso();
}

/**
 * A clock drawn as strokes: Inter has no "⏱", and the system's fallback glyph came out as a dotted
 * blot at small sizes, at 1× and 2× alike.
 */
function ClockIcon() {
  return (
    <svg
      className="overdue-icon"
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 4.5V8l2.5 1.75" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

export function OverdueText({ date, what }: { date: DateValue; what: 'opening' | 'event' }) {
  const { t } = useTranslation('corrections');
  const lang = useLang();
  return (
    <span className="overdue-forecast">
      <span className="overdue-badge">
        <ClockIcon />
        {t('overdue.badge')}
      </span>{' '}
      {t(`overdue.${what}`, { window: formatWindow(date, lang) })}
    </span>
  );
}

/** Every overdue forecast status of a site at the cursor (the Essonne opening after 2025). */
export function SiteOverdueForecasts({ site }: { site: Pick<Site, 'statusHistory'> }) {
  const cursor = useCursorDay();
  const overdue = overdueStatusChanges(site, cursor);
  if (overdue.length === 0) return null;
  return (
    <>
      {overdue.map((change, index) => (
        <OverdueText key={`${change.status}-${index}`} date={change.date} what="opening" />
      ))}
    </>
  );
}

const OUTCOME_GLYPH = { 'came-later': '↻', 'on-time': '✓', reported: '≈' } as const;
const OUTCOME_LABEL = {
  'came-later': 'outcome.cameLater',
  'on-time': 'outcome.onTime',
  reported: 'outcome.reported',
} as const;

/**
 * One status change of a site, when it is a forecast: overdue while no report is known at the
 * cursor; once one is, "came later than announced" (or "as announced") with the report's status,
 * date and source, so the plan and what happened are read together.
 */
export function StatusOverdue({ site, change }: { site: Pick<Site, 'statusHistory'>; change: StatusChange }) {
  const cursor = useCursorDay();
  return (
    <ForecastOutcomeText
      outcome={statusForecastOutcome(site, change, cursor)}
      date={change.date}
      what="opening"
    />
  );
}

/**
 * A forecast event, by the same rule: an event that announces a status of its site (the Essonne
 * opening) stops being overdue once the site's reports say it happened, and shows that report.
 */
export function EventForecastOutcome({
  event,
}: {
  event: ForecastEvent & { readonly site?: string | undefined };
}) {
  const cursor = useCursorDay();
  const { sitesById } = useAtlasModel();
  const site = event.site === undefined ? undefined : sitesById.get(event.site);
  return (
    <ForecastOutcomeText outcome={eventForecastOutcome(event, site, cursor)} date={event.date} what="event" />
  );
}

function ForecastOutcomeText({
  outcome,
  date,
  what,
}: {
  outcome: StatusForecastOutcome;
  date: DateValue;
  what: 'opening' | 'event';
}) {
  const { t } = useTranslation('provenance');
  const { t: tc } = useTranslation();
  const { sourcesById } = useAtlasModel();
  const lang = useLang();
  if (outcome.state === 'overdue') return <OverdueText date={date} what={what} />;
  if (!('report' in outcome)) return null;
  const { report } = outcome;
  const source = reportSourceName(report, sourcesById);
  return (
    <span className="overdue-forecast forecast-outcome">
      <span className="overdue-badge outcome-badge">
        <span aria-hidden="true">{OUTCOME_GLYPH[outcome.state]} </span>
        {t(OUTCOME_LABEL[outcome.state])}
      </span>{' '}
      {t('outcome.text', {
        window: formatWindow(date, lang),
        status: tc(`status.${report.status}`),
        date: formatDateValue(report.date, lang),
      })}
      {source && <> ({t('outcome.source', { source })})</>}
    </span>
  );
}
