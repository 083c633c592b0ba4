/**
 * The investments chart without recharts (components/static-chart.tsx): the same rows and bars as
 * investments-chart.tsx. The build bakes it into the page at the desktop width; the app draws it at
 * its box's width (a phone's labels at their own size, not scaled down) until recharts takes over.
 */
import { memo, useMemo } from 'react';
import type { TFunction } from 'i18next';
import { StaticChart, staticScales } from '../../components/static-chart';
import { useLang } from '../../i18n/use-lang';
import { amountTicks, formatAxisAmount, investmentsRows } from './investments-layout';
import type {
  InvestmentRow,
  InvestmentsGroupBy,
  InvestmentsModel,
  InvestmentsScale,
} from './investments-model';
import {
  INV_ROW_HEIGHT,
  INVESTMENTS_MARGIN,
  InvestmentBars,
  InvestmentsDefs,
  investmentsHeight,
} from './investment-bars';

/** The investments panel's chart width in the 1440-px-wide default layout. */
export const INVESTMENTS_FIGURE_WIDTH = 884;

interface InvestmentsFigureProps {
  figures: InvestmentsModel;
  scale: InvestmentsScale;
  groupBy: InvestmentsGroupBy;
  t: TFunction<'investments'>;
  describe: (row: InvestmentRow) => string;
  /** The box's width in px; the desktop width until it is measured. */
  width?: number;
}

export const InvestmentsFigure = memo(function InvestmentsFigure({
  figures: model,
  scale,
  groupBy,
  t,
  describe,
  width = INVESTMENTS_FIGURE_WIDTH,
}: InvestmentsFigureProps) {
  const lang = useLang();
  const rows = useMemo(() => investmentsRows(model.groups), [model.groups]);
  const [low, high] = model.domain;
  const scales = useMemo(
    () =>
      staticScales({
        width,
        margin: INVESTMENTS_MARGIN,
        rowHeight: INV_ROW_HEIGHT,
        keys: rows.map((row) => row.key),
        domain: [low, high],
        log: scale === 'log',
      }),
    [width, rows, low, high, scale],
  );
  return (
    <StaticChart
      width={width}
      height={investmentsHeight(rows.length)}
      className="investments-chart chart-svg"
      scales={scales}
      ticks={amountTicks([low, high], scale)}
      tickLabel={(value) => formatAxisAmount(value, lang)}
      tickMargin={10}
      defs={<InvestmentsDefs />}
    >
      <InvestmentBars
        rows={rows}
        axis={`${scale} ${low},${high}`}
        groupBy={groupBy}
        t={t}
        describe={describe}
      />
    </StaticChart>
  );
});
