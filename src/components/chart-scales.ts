/**
 * The scales the custom marks of both charts draw with: recharts' (recharts-scales.tsx, once the
 * live chart has laid itself out) or the baked figure's (static-chart.tsx, before recharts has
 * loaded, and in the prerendered page). The marks read them from context, so the same mark
 * components draw both, and neither this module nor the marks import recharts.
 */
import { createContext, useContext } from 'react';
import './chart.css';

/** Axis value to x in px; undefined outside its domain. */
export type ChartXScale = (value: number) => number | undefined;
export interface ChartPlotArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
export interface ChartScales {
  x: ChartXScale;
  /** A row's key to the middle of its band, in px. */
  y: (key: string) => number | undefined;
  plot: ChartPlotArea;
  plotRight: number;
}

export const ChartScalesContext = createContext<ChartScales | null>(null);

/** Null until a chart provides its scales (recharts lays itself out a frame after mounting). */
export const useChartScales = (): ChartScales | null => useContext(ChartScalesContext);

/** The chart's size: a fixed width (tests in jsdom) or the container's width. */
export function chartSize(width: number | undefined, height: number) {
  return width === undefined ? { responsive: true, style: { width: '100%', height } } : { width, height };
}
