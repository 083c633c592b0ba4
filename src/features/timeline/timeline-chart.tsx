/**
 * The timeline drawn with recharts: a vertical-layout chart whose y axis is one band per row (lane
 * headers and events, see timeline-layout.ts) and whose x axis is time in ms. Recharts supplies
 * the scales, the year axis and the gridlines; the marks are drawn from the model as given.
 */
import { useMemo } from 'react';
import { CartesianGrid, ComposedChart, XAxis, YAxis } from 'recharts';
import type { TFunction } from 'i18next';
import { formatIsoDate } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';
import { timelineRows, yearTicks } from './timeline-layout';
import type { TimelineItem, TimelineModel } from './timeline-model';
import { AXIS_HEIGHT, HATCH_ID, ROW_HEIGHT, TimelineMarks, TimelineRules } from './timeline-marks';

export const TIMELINE_MARGIN = { top: 24, right: 16, bottom: 0, left: 16 } as const;

interface TimelineChartProps {
  model: TimelineModel;
  lang: Lang;
  t: TFunction<'timeline'>;
  /** A number draws at that width (tests, jsdom); undefined follows the container. */
  width?: number;
  title: string;
  describe: (item: TimelineItem) => string;
}

export function timelineHeight(rowCount: number) {
  return TIMELINE_MARGIN.top + rowCount * ROW_HEIGHT + AXIS_HEIGHT + TIMELINE_MARGIN.bottom;
}

export function TimelineChart({ model, lang, t, width, title, describe }: TimelineChartProps) {
  const rows = useMemo(() => timelineRows(model), [model]);
  const ticks = useMemo(() => yearTicks(model.domain), [model.domain]);
  const height = timelineHeight(rows.length);
  const size =
    width === undefined ? { responsive: true, style: { width: '100%', height } } : { width, height };
  return (
    <ComposedChart
      {...size}
      layout="vertical"
      data={rows}
      margin={TIMELINE_MARGIN}
      accessibilityLayer={false}
      title={title}
      className="timeline-chart"
    >
      <defs>
        <pattern
          id={HATCH_ID}
          width="5"
          height="5"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="5" height="5" style={{ fill: 'var(--color-surface)' }} />
          <line x1="0" y1="0" x2="0" y2="5" style={{ stroke: 'var(--color-accent)', strokeWidth: 2.2 }} />
        </pattern>
      </defs>
      <CartesianGrid horizontal={false} vertical stroke="var(--color-border)" strokeOpacity={0.7} />
      <XAxis
        type="number"
        dataKey="__none"
        domain={[model.domain.startMs, model.domain.endMs]}
        allowDataOverflow
        ticks={ticks}
        tickFormatter={(ms: number) => formatIsoDate(String(new Date(ms).getUTCFullYear()), lang)}
        height={AXIS_HEIGHT}
        axisLine={false}
        tickLine={false}
        tick={{ fill: 'var(--color-muted)', fontSize: 14 }}
        interval="preserveStartEnd"
      />
      <YAxis type="category" dataKey="key" hide />
      <TimelineRules
        todayMs={model.today.inDomain ? model.today.ms : null}
        cursorMs={model.cursor?.inDomain ? model.cursor.ms : null}
        todayLabel={t('today')}
      />
      <TimelineMarks rows={rows} lang={lang} t={t} describe={describe} />
    </ComposedChart>
  );
}
