/** Hands a recharts chart's scales (recharts 3.8+ hooks) to the marks drawn inside it. */
import { useMemo, type ReactNode } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { ChartScalesContext, type ChartScales } from './chart-scales';

export function RechartsScales({ children }: { children: ReactNode }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  const scales = useMemo(
    (): ChartScales | null =>
      x && y && plot ? { x, y: (key) => y(key), plot, plotRight: plot.x + plot.width } : null,
    [x, y, plot],
  );
  if (!scales) return null;
  return <ChartScalesContext.Provider value={scales}>{children}</ChartScalesContext.Provider>;
}
