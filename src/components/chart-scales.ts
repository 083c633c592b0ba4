/**
 * The scales of a recharts chart as the custom marks need them (recharts 3.8+ hooks): null until
 * the chart has laid itself out. Both charts draw their rows with these, one band per row key.
 */
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import './chart.css';

export type ChartXScale = NonNullable<ReturnType<typeof useXAxisScale>>;
export type ChartPlotArea = NonNullable<ReturnType<typeof usePlotArea>>;

export function useChartScales() {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  return x && y && plot ? { x, y, plot, plotRight: plot.x + plot.width } : null;
}

/** The chart's size: a fixed width (tests in jsdom) or the container's width. */
export function chartSize(width: number | undefined, height: number) {
  return width === undefined ? { responsive: true, style: { width: '100%', height } } : { width, height };
}
