/**
 * A chart drawn without recharts, from the same rows and marks as the live one: the build bakes it
 * into the prerendered page (scripts/prerender/), and the app shows it until recharts has loaded
 * (deferred-chart.tsx). It is drawn at a given width (the baked page's is the desktop layout's, the
 * app's its box's) and scaled to its box, whose height is the live chart's (the same rows, margins
 * and axis), so the swap moves nothing around it.
 */
import type { ReactNode } from 'react';
import { ChartScalesContext, type ChartScales } from './chart-scales';

export interface ChartMargin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

interface ScalesInput {
  width: number;
  margin: ChartMargin;
  rowHeight: number;
  keys: readonly string[];
  domain: readonly [number, number];
  log?: boolean;
}

/** Recharts' scales for the same chart, worked out by hand: a linear or log x, one band per row. */
export function staticScales({
  width,
  margin,
  rowHeight,
  keys,
  domain,
  log = false,
}: ScalesInput): ChartScales {
  const plot = {
    x: margin.left,
    y: margin.top,
    width: width - margin.left - margin.right,
    height: keys.length * rowHeight,
  };
  const f = log ? Math.log : (value: number) => value;
  const [low, high] = [f(domain[0]), f(domain[1])];
  const rows = new Map(keys.map((key, index) => [key, plot.y + (index + 0.5) * rowHeight]));
  return {
    x: (value) => {
      const at = f(value);
      return Number.isFinite(at) && high !== low
        ? plot.x + ((at - low) / (high - low)) * plot.width
        : undefined;
    },
    y: (key) => rows.get(key),
    plot,
    plotRight: plot.x + plot.width,
  };
}

interface StaticChartProps {
  width: number;
  height: number;
  className: string;
  scales: ChartScales;
  ticks: readonly number[];
  tickLabel: (value: number) => string;
  /** Recharts' gap between the axis line and a tick label. */
  tickMargin: number;
  defs: ReactNode;
  /** Drawn before the marks, under them. */
  under?: ReactNode;
  children: ReactNode;
}

export function StaticChart(props: StaticChartProps) {
  const { width, height, className, scales, ticks, tickLabel, tickMargin, defs, under, children } = props;
  const { x, plot } = scales;
  const bottom = plot.y + plot.height;
  const at = ticks.flatMap((tick) => {
    const px = x(tick);
    return px === undefined ? [] : [{ tick, px }];
  });
  return (
    <svg
      className={`${className} static-chart`}
      width="100%"
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="xMinYMin meet"
      data-static-chart=""
    >
      <defs>{defs}</defs>
      <g className="static-chart-grid" aria-hidden="true">
        {at.map(({ tick, px }) => (
          <line key={tick} x1={px} x2={px} y1={plot.y} y2={bottom} />
        ))}
      </g>
      <g className="static-chart-axis" aria-hidden="true">
        {at.map(({ tick, px }) => (
          // Recharts' tick: 6 px of (hidden) tick line, the margin, then the text hanging below.
          <text key={tick} x={px} y={bottom + 6 + tickMargin} dy="0.71em" textAnchor="middle">
            {tickLabel(tick)}
          </text>
        ))}
      </g>
      <ChartScalesContext.Provider value={scales}>
        {under}
        {children}
      </ChartScalesContext.Provider>
    </svg>
  );
}
