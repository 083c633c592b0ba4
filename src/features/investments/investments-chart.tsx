/**
 * The investments chart drawn with recharts: a vertical-layout chart with one band per row (group
 * headings and figures, see investments-layout.ts) and an amount axis, linear or log. Recharts
 * supplies the scale, the axis and the gridlines; the bars are drawn from the model as given.
 */
import { memo, useMemo } from 'react';
import { CartesianGrid, ComposedChart, XAxis, YAxis } from 'recharts';
import { chartSize } from '../../components/chart-scales';
import { RechartsScales } from '../../components/recharts-scales';
import type { TFunction } from 'i18next';
import { useLang } from '../../i18n/use-lang';
import { amountTicks, formatAxisAmount, investmentsRows } from './investments-layout';
import type {
  InvestmentRow,
  InvestmentsGroupBy,
  InvestmentsModel,
  InvestmentsScale,
} from './investments-model';
import {
  INVESTMENTS_AXIS_HEIGHT as AXIS_HEIGHT,
  INVESTMENTS_MARGIN as MARGIN,
  InvestmentBars,
  InvestmentsDefs,
  investmentsHeight,
} from './investment-bars';

interface InvestmentsChartProps {
  figures: InvestmentsModel;
  scale: InvestmentsScale;
  groupBy: InvestmentsGroupBy;
  t: TFunction<'investments'>;
  width?: number;
  describe: (row: InvestmentRow) => string;
}

// Memoised: the deferred store (store/deferred-views.ts) re-renders its panel with the last
// cursor first; an unchanged model is then skipped.
const InvestmentsChart = memo(function InvestmentsChart({
  figures: model,
  scale,
  groupBy,
  t,
  width,
  describe,
}: InvestmentsChartProps) {
  const lang = useLang();
  const rows = useMemo(() => investmentsRows(model.groups), [model.groups]);
  // Recharts rebuilds its scales when its data or domain is a new array. A cursor step
  // changes neither the row keys nor the domain, so both stay the same arrays and the memoised bars
  // (investment-bars.tsx) keep the same scale.
  const keys = rows.map((row) => row.key).join('\n');
  const data = useMemo(() => (keys === '' ? [] : keys.split('\n').map((key) => ({ key }))), [keys]);
  const [low, high] = model.domain;
  const domain = useMemo((): [number, number] => [low, high], [low, high]);
  const ticks = useMemo(() => amountTicks(domain, scale), [domain, scale]);
  const height = investmentsHeight(rows.length);
  return (
    <ComposedChart
      {...chartSize(width, height)}
      layout="vertical"
      data={data}
      margin={MARGIN}
      accessibilityLayer={false}
      className="investments-chart chart-svg"
    >
      <defs>
        <InvestmentsDefs />
      </defs>
      <CartesianGrid horizontal={false} vertical stroke="var(--color-border)" strokeOpacity={0.7} />
      <XAxis
        type="number"
        dataKey="__none"
        scale={scale}
        domain={domain}
        allowDataOverflow
        ticks={ticks}
        tickFormatter={(value: number) => formatAxisAmount(value, lang)}
        height={AXIS_HEIGHT}
        axisLine={false}
        tickLine={false}
        tickMargin={10}
        tick={{ fill: 'var(--color-muted)', fontSize: 14 }}
        interval="preserveStartEnd"
      />
      <YAxis type="category" dataKey="key" hide />
      <RechartsScales>
        <InvestmentBars rows={rows} axis={`${scale} ${domain}`} groupBy={groupBy} t={t} describe={describe} />
      </RechartsScales>
    </ComposedChart>
  );
});

export default InvestmentsChart;
