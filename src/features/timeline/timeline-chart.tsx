/**
 * The timeline drawn with recharts: a vertical-layout chart whose y axis is one band per row (lane
 * headers and events, see timeline-layout.ts) and whose x axis is time in ms. Recharts supplies
 * the scales, the year axis and the gridlines; the marks are drawn from the model as given.
 */
import { memo, useMemo } from 'react';
import { CartesianGrid, ComposedChart, XAxis, YAxis } from 'recharts';
import { chartSize } from '../../components/chart-scales';
import { RechartsScales } from '../../components/recharts-scales';
import type { TFunction } from 'i18next';
import { formatIsoDate } from '../../i18n/format';
import { yearOf } from '../../lib/date-value';
import { useLang } from '../../i18n/use-lang';
import { timelineRows, yearTicks } from './timeline-layout';
import type { TimelineItem, TimelineModel } from './timeline-model';
import {
  AXIS_HEIGHT,
  HATCH_ID,
  HatchPattern,
  TIMELINE_MARGIN,
  TimelineMarks,
  TimelineRules,
  timelineHeight,
} from './timeline-marks';

interface TimelineChartProps {
  timeline: TimelineModel;
  t: TFunction<'timeline'>;
  /** A number draws at that width (tests, jsdom); undefined follows the container. */
  width?: number;
  title: string;
  describe: (item: TimelineItem) => string;
}

// Memoised: the deferred store (store/deferred-views.ts) re-renders its panel with the last
// cursor first; an unchanged model is then skipped.
const TimelineChart = memo(function TimelineChart({
  timeline: model,
  t,
  width,
  title,
  describe,
}: TimelineChartProps) {
  const lang = useLang();
  const rows = useMemo(() => timelineRows(model), [model]);
  const ticks = useMemo(() => yearTicks(model.domain), [model.domain]);
  const height = timelineHeight(rows.length);
  return (
    <ComposedChart
      {...chartSize(width, height)}
      layout="vertical"
      data={rows}
      margin={TIMELINE_MARGIN}
      accessibilityLayer={false}
      title={title}
      className="timeline-chart chart-svg"
    >
      <defs>
        <HatchPattern id={HATCH_ID} />
      </defs>
      <CartesianGrid horizontal={false} vertical stroke="var(--color-border)" strokeOpacity={0.7} />
      <XAxis
        type="number"
        dataKey="__none"
        domain={[model.domain.startMs, model.domain.endMs]}
        allowDataOverflow
        ticks={ticks}
        tickFormatter={(ms: number) => formatIsoDate(String(yearOf(ms)), lang)}
        height={AXIS_HEIGHT}
        axisLine={false}
        tickLine={false}
        tick={{ fill: 'var(--color-muted)', fontSize: 14 }}
        interval="preserveStartEnd"
      />
      <YAxis type="category" dataKey="key" hide />
      <RechartsScales>
        <TimelineRules
          todayMs={model.today.inDomain ? model.today.ms : null}
          cursorMs={model.cursor?.inDomain ? model.cursor.ms : null}
          todayLabel={t('today')}
        />
        <TimelineMarks rows={rows} t={t} describe={describe} />
      </RechartsScales>
    </ComposedChart>
  );
});

export default TimelineChart;
