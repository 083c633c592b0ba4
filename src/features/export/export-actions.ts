/**
 * What each menu item does, loaded on first use (a lazy chunk): read the view, compose, encode,
 * save. The menu only knows these three functions.
 */
import { buildChartFile } from './chart-svg';
import { composePng, type PngLayout } from './compose-png';
import { canvasToPng } from './canvas-draw';
import type { CaptureMap } from './map-image';
import type { ExportTheme } from './export-theme';
import { recordTimeline, type RecordInput } from './record-video';
import { inlineSvg, svgToText } from './svg-inline';
import { readChart, readView, type ChartId } from './view-snapshot';

export interface ExportContext {
  theme: ExportTheme;
  dateCaption: string;
  source: string;
  captureMap: CaptureMap;
}

export async function exportPng(layout: PngLayout, context: ExportContext): Promise<Blob> {
  const canvas = await composePng(layout, { view: readView(), ...context });
  return canvasToPng(canvas);
}

export function exportChartSvg(id: ChartId, context: ExportContext): Blob | null {
  const chart = readChart(id);
  if (!chart) return null;
  const file = buildChartFile({
    chart: inlineSvg(chart.svg),
    title: chart.title,
    source: `${context.dateCaption}. ${context.source}`,
    theme: context.theme,
  });
  return new Blob([svgToText(file)], { type: 'image/svg+xml' });
}

export function exportVideo(input: RecordInput): Promise<Blob> {
  return recordTimeline(input);
}
