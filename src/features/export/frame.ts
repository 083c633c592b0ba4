/**
 * The one compositor of every exported frame: the PNG slide, each video frame, and the pieces the
 * page-layout PNG shares with them (background and header texts, the time cursor). A frame is a list
 * of texts, a map box and chart boxes, placed by its caller's layout; this file only draws them.
 */
import { drawContain, drawCover, drawText, fillRoundRect, type Box } from './canvas-draw';
import { drawOverlaysInBox } from './dom-paint';
import type { ExportTheme } from './export-theme';
import type { ChartShot } from './view-snapshot';

const RADIUS = 10;

export interface TextSpec {
  text: string;
  x: number;
  /** The baseline of the first line. */
  y: number;
  width: number;
  size: number;
  weight?: number;
  colour: 'ink' | 'muted' | 'accent';
  align?: 'left' | 'right';
  maxLines?: number;
}

export interface FrameMap {
  box: Box;
  /** The map's picture (map-image.ts); null draws the empty frame. */
  image: HTMLCanvasElement | null;
  /** The map on the page, whose legend and credit are drawn into the box. */
  area: HTMLElement | null;
  /** Pixel density of the overlays' own canvases. */
  overlayScale: number;
}

export interface FrameChart {
  box: Box;
  shot: ChartShot | null;
  image: (CanvasImageSource & (HTMLImageElement | HTMLCanvasElement)) | null;
  /** The title's size and baseline below the box's top; the chart starts `top` below it. */
  title: { size: number; baseline: number; inset: number };
  top: number;
}

export interface FrameSpec {
  width: number;
  height: number;
  theme: ExportTheme;
  texts: readonly TextSpec[];
  map: FrameMap | null;
  charts: readonly FrameChart[];
  /** Width of the time cursor line over the timeline, in frame px. */
  cursorWidth: number;
}

export function drawTexts(ctx: CanvasRenderingContext2D, texts: readonly TextSpec[], theme: ExportTheme) {
  for (const { text, x, y, width, size, weight, colour, align, maxLines } of texts) {
    drawText(ctx, text, x, y, width, {
      size,
      color: theme[colour],
      font: theme.font,
      ...(weight === undefined ? {} : { weight }),
      ...(align === undefined ? {} : { align }),
      ...(maxLines === undefined ? {} : { maxLines }),
    });
  }
}

/** The time cursor over the timeline chart: a line where its thumb stands on screen. */
export function drawCursor(
  ctx: CanvasRenderingContext2D,
  chart: ChartShot,
  placed: Box,
  theme: ExportTheme,
  lineWidth: number,
) {
  const width = chart.svg.getBoundingClientRect().width;
  if (chart.id !== 'timeline' || chart.cursorX === null || width <= 0) return;
  const x = placed.x + (chart.cursorX / width) * placed.width;
  ctx.fillStyle = theme.accent;
  ctx.fillRect(x - lineWidth / 2, placed.y, lineWidth, placed.height);
}

async function drawMap(ctx: CanvasRenderingContext2D, map: FrameMap, theme: ExportTheme) {
  const { box } = map;
  fillRoundRect(ctx, box, RADIUS, theme.surface, theme.border);
  if (!map.image) return;
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(box.x, box.y, box.width, box.height, RADIUS);
  ctx.clip();
  drawCover(ctx, map.image, box);
  ctx.restore();
  if (map.area) await drawOverlaysInBox(ctx, map.area, box, map.overlayScale);
}

function drawChart(ctx: CanvasRenderingContext2D, chart: FrameChart, spec: FrameSpec) {
  const { box, shot, image, title } = chart;
  const { theme } = spec;
  fillRoundRect(ctx, box, RADIUS, theme.surface, theme.border);
  if (!shot || !image) return;
  drawText(ctx, shot.title, box.x + title.inset, box.y + title.baseline, box.width - 2 * title.inset, {
    size: title.size,
    weight: 600,
    color: theme.ink,
    font: theme.font,
    maxLines: 1,
  });
  const placed = drawContain(ctx, image, {
    x: box.x + 8,
    y: box.y + chart.top,
    width: box.width - 16,
    height: box.height - chart.top - 8,
  });
  drawCursor(ctx, shot, placed, theme, spec.cursorWidth);
}

/** Draws one frame on `ctx` (already scaled to CSS px): background, texts, map, charts. */
export async function composeFrame(ctx: CanvasRenderingContext2D, spec: FrameSpec) {
  ctx.fillStyle = spec.theme.bg;
  ctx.fillRect(0, 0, spec.width, spec.height);
  drawTexts(ctx, spec.texts, spec.theme);
  if (spec.map) await drawMap(ctx, spec.map, spec.theme);
  for (const chart of spec.charts) drawChart(ctx, chart, spec);
}
