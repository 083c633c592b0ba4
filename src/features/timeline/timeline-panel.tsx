/**
 * Timeline: every event in its lane with a 'today' line, the 'as of' cursor (play, speed,
 * slider) that filters every view, a one-sentence summary and a table alternative.
 */
import { lazy, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../components/chart-panel-header';
import { useTableToggle } from '../../components/use-table-toggle';
import { useAtlasModel } from '../../dataset/model-context';
import { formatDateValue, formatIsoDate, formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { useDeferredAtlasStore } from '../../store/deferred-views';
import { useAtlasStore } from '../../store/store-context';
import { TimeCursorControls, TimeCursorSlider } from './time-cursor/time-cursor';
import { DeferredChart } from '../../components/deferred-chart';
import { useBoxSize } from '../../components/use-box-size';
import { TIMELINE_MARGIN } from './timeline-marks';
import { TimelineFigure } from './timeline-figure';
import { TimelineLegend } from './timeline-legend';
import { timelineModelFor, type TimelineItem } from './timeline-model';
import { knownCount, timelineSummary } from './timeline-summary';
import { TimelineTable } from './timeline-table';
import { useTimelineModel } from './use-timeline-model';
import { windowTimeline } from './timeline-window';
import { useSideScroll } from './use-side-scroll';
import { useRevealSelectedRow } from './reveal-row';
import './timeline.css';

/** A forecast a later report closes reads as the report's outcome, in the words of the details. */
const OUTCOME_LABEL = {
  'came-later': 'outcome.cameLater',
  'on-time': 'outcome.onTime',
  reported: 'outcome.reported',
} as const;

// Recharts is fetched once the atlas is ready; the baked figure stands in until then.
const TimelineChart = lazy(() => import('./timeline-chart'));

export interface TimelinePanelProps {
  /** Draw at a fixed width (tests in jsdom); the panel's width otherwise. */
  chartWidth?: number;
  /** Draw the chart beside the table when the table is shown (the page without JavaScript). */
  chartToo?: boolean;
}

export function TimelinePanel({ chartWidth, chartToo = false }: TimelinePanelProps) {
  const { t } = useTranslation('timeline');
  const { t: tp } = useTranslation('provenance');
  const lang = useLang();
  const events = useAtlasModel().eventsById;
  const { base, focus, steps } = useTimelineModel();
  // Thousands of events are drawn as a window around the cursor (timeline-window.ts).
  const drawn = useMemo(() => windowTimeline(base, focus), [base, focus]);
  const table = useTableToggle('timeline');
  const { asTable } = table;
  const showChart = !asTable || chartToo;
  // The table lists every event: its model is built only while the table is shown.
  const everyEvent = useMemo(() => (asTable ? timelineModelFor(base, focus) : null), [asTable, base, focus]);
  // Deferred like the model, so that a cursor step does not re-render the panel in the slider's task.
  const asOf = useDeferredAtlasStore((s) => s.asOf);
  const select = useAtlasStore((s) => s.select);

  const facts = useMemo(() => timelineSummary(base), [base]);
  const known = knownCount(base, focus.cursorMs);
  const date = (iso: string | null) => (iso === null ? '' : formatIsoDate(iso, lang));
  const year = (iso: string | null) => (iso === null ? '' : formatIsoDate(iso.slice(0, 4), lang));
  const summary = [
    t('summary.main', {
      count: facts.count,
      // Years: the first date (Eclairion's founding) is itself a vague range.
      first: year(facts.first),
      last: year(facts.last),
      inferred: facts.inferred,
      contested: facts.contested,
    }),
    asOf === null ? null : t('summary.cursor', { date: date(asOf), known, count: facts.count }),
  ]
    .filter(Boolean)
    .join(' ');

  const describe = useCallback(
    (item: TimelineItem) => {
      const event = events.get(item.id);
      const text = t(`item.${item.certainty}`, {
        title: item.label[lang],
        date: event ? formatDateValue(event.date, lang) : '',
        lane: t(`lanes.${item.lane}`),
      });
      const withHorizon = item.horizon
        ? `${text}; ${t('itemHorizon', { date: formatDateValue(item.horizon.date, lang) })}`
        : text;
      const planned = item.overdue
        ? `${withHorizon}; ${t('itemOverdue')}`
        : item.outcome !== null
          ? `${withHorizon}; ${tp(OUTCOME_LABEL[item.outcome])}`
          : item.forecast
            ? `${withHorizon}; ${t('itemForecast')}`
            : withHorizon;
      return item.known ? planned : `${planned}; ${t('itemUnknown')}`;
    },
    [events, lang, t, tp],
  );
  const onSelect = useCallback((id: string) => select(id), [select]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { ref: canvasRef, width: canvasWidth } = useBoxSize();
  // The baked figure is drawn at the canvas's own width once it is measured (0 before that).
  const figureWidth = chartWidth ?? (canvasWidth || undefined);
  const { domain, todayMs } = base;
  const today = (todayMs - domain.startMs) / (domain.endMs - domain.startMs);
  const side = useSideScroll(scrollRef, today >= 0 && today <= 1 ? today : null);
  useRevealSelectedRow(
    scrollRef,
    useAtlasStore((s) => s.selectedId),
  );

  return (
    <ChartPanel name="timeline" title={t('title')} tableLabel={t('table.show')} summary={summary} {...table}>
      <TimeCursorControls steps={steps} />
      {/* Said before the chart, so that no reader takes the window for every event. */}
      {showChart && drawn.shown < drawn.total && (
        <p className="timeline-window-note">
          {t('window', {
            shown: formatNumber(drawn.shown, lang, 0),
            total: formatNumber(drawn.total, lang, 0),
          })}
        </p>
      )}
      {side.overflows && (
        <p className="timeline-scroll-hint" id="timeline-scroll-hint">
          {t('scrollHint')}
        </p>
      )}
      {/* Focusable and named only while it scrolls: a keyboard can then scroll it too. */}
      <div
        ref={scrollRef}
        className="timeline-scroll"
        data-more-left={side.moreLeft || undefined}
        data-more-right={side.moreRight || undefined}
        {...(side.overflows && {
          role: 'region',
          tabIndex: 0,
          'aria-label': t('scrollLabel', { title: t('title') }),
          'aria-describedby': 'timeline-scroll-hint',
        })}
      >
        <div ref={canvasRef} className="timeline-canvas">
          {showChart && (
            <div
              role="group"
              aria-label={t('chartLabel', { first: year(facts.first), last: year(facts.last) })}
            >
              <DeferredChart
                figure={
                  <TimelineFigure timeline={drawn.model} t={t} describe={describe} width={figureWidth} />
                }
              >
                <TimelineChart
                  timeline={drawn.model}
                  t={t}
                  width={chartWidth}
                  title={t('title')}
                  describe={describe}
                />
              </DeferredChart>
            </div>
          )}
          <TimeCursorSlider
            steps={steps}
            track={base.domain}
            insetLeft={TIMELINE_MARGIN.left}
            insetRight={TIMELINE_MARGIN.right}
          />
        </div>
      </div>
      {showChart && <TimelineLegend keys={drawn.model.legend} t={t} />}
      {everyEvent && <TimelineTable timeline={everyEvent} t={t} summary={summary} onSelect={onSelect} />}
    </ChartPanel>
  );
}
