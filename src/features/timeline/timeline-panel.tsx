/**
 * Issue 5, timeline: every event in its lane with a 'today' line, the 'as of' cursor (play, speed,
 * slider) that filters every view, a one-sentence summary and a table alternative.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanelHeader } from '../../components/chart-panel-header';
import type { AtlasModel } from '../../dataset/model';
import { formatDateValue, formatIsoDate } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';
import { useAtlasStore } from '../../store/store-context';
import { TimeCursorControls, TimeCursorSlider } from './time-cursor/time-cursor';
import { TIMELINE_MARGIN, TimelineChart } from './timeline-chart';
import { TimelineLegend } from './timeline-legend';
import type { TimelineItem } from './timeline-model';
import { timelineSummary } from './timeline-summary';
import { TimelineTable } from './timeline-table';
import { useTimelineModel } from './use-timeline-model';
import './timeline.css';

export interface TimelinePanelProps {
  model: AtlasModel;
  lang: Lang;
  /** Draw at a fixed width (tests in jsdom); the panel's width otherwise. */
  chartWidth?: number;
}

export function TimelinePanel({ model: atlas, lang, chartWidth }: TimelinePanelProps) {
  const { t } = useTranslation('timeline');
  const { model, steps } = useTimelineModel(atlas);
  const [asTable, setAsTable] = useState(false);
  const asOf = useAtlasStore((s) => s.asOf);
  const select = useAtlasStore((s) => s.select);
  const events = atlas.eventsById;

  const facts = timelineSummary(model);
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
    asOf === null ? null : t('summary.cursor', { date: date(asOf), known: facts.known, count: facts.count }),
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
        : item.forecast
          ? `${withHorizon}; ${t('itemForecast')}`
          : withHorizon;
      return item.known ? planned : `${planned}; ${t('itemUnknown')}`;
    },
    [events, lang, t],
  );
  const onSelect = useCallback((id: string) => select(id), [select]);

  return (
    <section
      className="panel panel-timeline"
      aria-labelledby="timeline-title"
      aria-describedby="timeline-summary"
    >
      <ChartPanelHeader
        titleId="timeline-title"
        title={t('title')}
        asTable={asTable}
        onAsTableChange={setAsTable}
        tableLabel={t('table.show')}
      />
      <p id="timeline-summary" className="chart-summary">
        {summary}
      </p>
      <TimeCursorControls steps={steps} lang={lang} />
      <div className="timeline-scroll">
        <div className="timeline-canvas">
          {!asTable && (
            <div
              role="group"
              aria-label={t('chartLabel', { first: year(facts.first), last: year(facts.last) })}
            >
              <TimelineChart
                model={model}
                lang={lang}
                t={t}
                width={chartWidth}
                title={t('title')}
                describe={describe}
              />
            </div>
          )}
          <TimeCursorSlider
            steps={steps}
            track={model.domain}
            lang={lang}
            insetLeft={TIMELINE_MARGIN.left}
            insetRight={TIMELINE_MARGIN.right}
          />
        </div>
      </div>
      {asTable ? (
        <TimelineTable
          model={model}
          events={events}
          lang={lang}
          t={t}
          summary={summary}
          onSelect={onSelect}
        />
      ) : (
        <TimelineLegend keys={model.legend} t={t} />
      )}
    </section>
  );
}
