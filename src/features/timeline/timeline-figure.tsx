/**
 * The timeline without recharts (components/static-chart.tsx): the same rows, rules and marks as
 * timeline-chart.tsx. The build bakes it into the page at the desktop width; the app draws it at its
 * box's width until recharts takes over.
 */
import { memo, useMemo } from 'react';
import type { TFunction } from 'i18next';
import { StaticChart, staticScales } from '../../components/static-chart';
import { formatIsoDate } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { yearOf } from '../../lib/date-value';
import { timelineRows, yearTicks } from './timeline-layout';
import type { TimelineItem, TimelineModel } from './timeline-model';
import {
  HATCH_ID,
  HatchPattern,
  ROW_HEIGHT,
  TIMELINE_MARGIN,
  TimelineMarks,
  TimelineRules,
  timelineHeight,
} from './timeline-marks';

/** The timeline panel's chart width in the 1440-px-wide default layout. */
export const TIMELINE_FIGURE_WIDTH = 884;

interface TimelineFigureProps {
  timeline: TimelineModel;
  t: TFunction<'timeline'>;
  describe: (item: TimelineItem) => string;
  /** The box's width in px; the desktop width until it is measured. */
  width?: number;
}

export const TimelineFigure = memo(function TimelineFigure({
  timeline,
  t,
  describe,
  width = TIMELINE_FIGURE_WIDTH,
}: TimelineFigureProps) {
  const lang = useLang();
  const rows = useMemo(() => timelineRows(timeline), [timeline]);
  const { startMs, endMs } = timeline.domain;
  const ticks = useMemo(() => yearTicks({ startMs, endMs }), [startMs, endMs]);
  const scales = useMemo(
    () =>
      staticScales({
        width,
        margin: TIMELINE_MARGIN,
        rowHeight: ROW_HEIGHT,
        keys: rows.map((row) => row.key),
        domain: [startMs, endMs],
      }),
    [width, rows, startMs, endMs],
  );
  return (
    <StaticChart
      width={width}
      height={timelineHeight(rows.length)}
      className="timeline-chart chart-svg"
      scales={scales}
      ticks={ticks}
      tickLabel={(ms) => formatIsoDate(String(yearOf(ms)), lang)}
      tickMargin={2}
      defs={<HatchPattern id={HATCH_ID} />}
      under={
        <TimelineRules
          todayMs={timeline.today.inDomain ? timeline.today.ms : null}
          cursorMs={timeline.cursor?.inDomain ? timeline.cursor.ms : null}
          todayLabel={t('today')}
        />
      }
    >
      <TimelineMarks rows={rows} t={t} describe={describe} />
    </StaticChart>
  );
});
