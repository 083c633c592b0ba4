/**
 * The view as one picture at 2× pixel density, composed on a canvas from what is on screen: the
 * title and the cursor's date, the map's own pixels, the charts' SVGs (styles inlined), the
 * selection's headline, the map's legend and basemap credit, and the source line. Two layouts: the page's layout as it is, or a
 * 1920 × 1080 slide. No DOM-capture library: the map is a canvas and the charts are SVG already.
 */
import { drawText, fillRoundRect, newCanvas, relativeTo, type Box } from './canvas-draw';
import type { ExportTheme } from './export-theme';
import { collapseSpaces } from './line-breaks';
import { mapOverlays, paintDom } from './dom-paint';
import { composeFrame, drawCursor, type FrameChart, type TextSpec } from './frame';
import { mapImage, type CaptureMap } from './map-image';
import { inlineSvg, svgToImage } from './svg-inline';
import { findLandmark, findLandmarks } from '../../components/export-landmarks';
import { isShown, type ChartShot, type ViewShot } from './view-snapshot';

export type PngLayout = 'layout' | 'slide';

export interface PngInput {
  view: ViewShot;
  theme: ExportTheme;
  dateCaption: string;
  source: string;
  captureMap: CaptureMap;
}

export const SCALE = 2;
/** The slide, in CSS px before the 2× scale: 960 × 540 -> 1920 × 1080. */
export const SLIDE = { width: 960, height: 540, pad: 24, top: 72, footer: 52 } as const;
export const SLIDE_MAP: Box = {
  x: SLIDE.pad,
  y: SLIDE.top,
  width: 560,
  height: SLIDE.height - SLIDE.top - SLIDE.footer - 8,
};
const HEADER = 76;

export async function composePng(layout: PngLayout, input: PngInput): Promise<HTMLCanvasElement> {
  await document.fonts?.ready;
  return layout === 'slide' ? composeSlide(input) : composeLayout(input);
}

function headlineText(view: ViewShot, theme: ExportTheme): string {
  const { headline } = view;
  if (!headline) return view.summary;
  const colon = theme.lang === 'fr' ? '\u00a0:' : ':';
  return [
    headline.kind && `${headline.kind}${colon}`,
    headline.title,
    headline.summary && `— ${headline.summary}`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** The title, the cursor's date (right) and the selection's headline, across the top. */
function headerTexts(input: PngInput, width: number, pad: number): TextSpec[] {
  const dateWidth = Math.min(360, width / 3);
  return [
    {
      text: input.dateCaption,
      x: width - pad,
      y: 34,
      width: dateWidth,
      size: 20,
      weight: 600,
      colour: 'accent',
      align: 'right',
      maxLines: 1,
    },
    {
      text: input.view.title,
      x: pad,
      y: 34,
      width: width - 2 * pad - dateWidth - 16,
      size: 24,
      weight: 700,
      colour: 'ink',
      maxLines: 1,
    },
    {
      text: headlineText(input.view, input.theme),
      x: pad,
      y: 58,
      width: width - 2 * pad,
      size: 13,
      colour: 'muted',
      maxLines: 1,
    },
  ];
}

async function chartImage(chart: ChartShot) {
  return svgToImage(inlineSvg(chart.svg));
}

/** A paragraph of the page at its place, in its own size and colour, wrapped to its width. */
function drawDomText(ctx: CanvasRenderingContext2D, element: HTMLElement, box: Box, theme: ExportTheme) {
  const style = getComputedStyle(element);
  const size = parseFloat(style.fontSize) || 14;
  const lineHeight = parseFloat(style.lineHeight) / size || 1.5;
  drawText(ctx, collapseSpaces(element.innerText), box.x, box.y + size, box.width, {
    size,
    color: style.color || theme.ink,
    font: theme.font,
    lineHeight,
    maxLines: Math.max(1, Math.round(box.height / (size * lineHeight))),
  });
}

async function composeLayout(input: PngInput): Promise<HTMLCanvasElement> {
  const { view, theme } = input;
  const main = view.main?.getBoundingClientRect() ?? new DOMRect(0, 0, innerWidth, innerHeight);
  const ctxSource = newCanvas(1, 1, SCALE).ctx;
  ctxSource.font = `400 12px ${theme.font}`;
  const pad = 16;
  const footerLines = Math.ceil(ctxSource.measureText(input.source).width / (main.width - 2 * pad)) + 1;
  const footer = footerLines * 17 + pad;
  const { canvas, ctx } = newCanvas(main.width, HEADER + main.height + footer, SCALE);
  await composeFrame(ctx, {
    width: main.width,
    height: HEADER + main.height + footer,
    theme,
    texts: headerTexts(input, main.width, pad),
    map: null,
    charts: [],
    cursorWidth: 2,
  });
  const at = (element: Element) => relativeTo(element.getBoundingClientRect(), main, HEADER);

  for (const panel of [view.mapPanel, view.sidePanel, ...view.charts.map((c) => c.panel)]) {
    if (panel) fillRoundRect(ctx, at(panel), 10, theme.surface, theme.border);
  }
  if (view.mapArea) {
    const box = at(view.mapArea);
    ctx.drawImage(
      await mapImage(view.mapArea, view.mapFallback, SCALE, theme, input.captureMap),
      box.x,
      box.y,
      box.width,
      box.height,
    );
    // The legend and the basemap credit where the page shows them.
    const origin = new DOMRect(main.left, main.top - HEADER, main.width, main.height);
    for (const overlay of mapOverlays(view.mapArea)) await paintDom(ctx, overlay, origin);
  }
  for (const chart of view.charts) {
    const title = findLandmark(chart.panel, 'chart-title');
    if (title) {
      const box = at(title);
      drawText(ctx, chart.title, box.x, box.y + box.height * 0.75, box.width, {
        size: 18,
        weight: 600,
        color: theme.ink,
        font: theme.font,
        maxLines: 1,
      });
    }
    for (const note of findLandmarks(chart.panel, 'chart-note')) {
      if (isShown(note)) drawDomText(ctx, note, at(note), theme);
    }
    const box = at(chart.svg);
    // Only what the panel shows: in presenter mode the chart scrolls inside a shorter panel.
    const panel = at(chart.panel);
    ctx.save();
    ctx.beginPath();
    ctx.rect(panel.x, panel.y, panel.width, panel.height);
    ctx.clip();
    ctx.drawImage(await chartImage(chart), box.x, box.y, box.width, box.height);
    drawCursor(ctx, chart, box, theme, 2);
    ctx.restore();
  }
  // Presenter mode: the step's caption where the stage shows it.
  if (view.caption) await paintDom(ctx, view.caption, new DOMRect(main.left, main.top - HEADER));
  if (view.sidePanel) {
    const box = at(view.sidePanel);
    let y = box.y + 30;
    const width = box.width - 32;
    if (view.headline) {
      y = drawText(ctx, view.headline.kind, box.x + 16, y, width, {
        size: 12,
        color: theme.muted,
        font: theme.font,
      });
      y = drawText(ctx, view.headline.title, box.x + 16, y + 16, width, {
        size: 20,
        weight: 700,
        color: theme.ink,
        font: theme.font,
      });
      y = drawText(ctx, view.headline.summary, box.x + 16, y + 18, width, {
        size: 14,
        color: theme.ink,
        font: theme.font,
        maxLines: 8,
      });
    }
    drawText(ctx, view.summary, box.x + 16, y + 24, width, {
      size: 13,
      color: theme.muted,
      font: theme.font,
      maxLines: 6,
    });
  }
  drawText(ctx, input.source, pad, HEADER + main.height + pad + 8, main.width - 2 * pad, {
    size: 12,
    color: theme.muted,
    font: theme.font,
  });
  return canvas;
}

async function composeSlide(input: PngInput): Promise<HTMLCanvasElement> {
  const { view, theme } = input;
  const { width, height, pad } = SLIDE;
  const { canvas, ctx } = newCanvas(width, height, SCALE);
  const { charts } = view;
  const mapBox: Box = view.mapArea
    ? charts.length
      ? SLIDE_MAP
      : { ...SLIDE_MAP, width: width - 2 * pad }
    : { ...SLIDE_MAP, width: 0 };
  const columnX = mapBox.width ? mapBox.x + mapBox.width + 16 : pad;
  const columnWidth = width - pad - columnX;
  const gap = 12;
  const slot = charts.length ? (SLIDE_MAP.height - gap * (charts.length - 1)) / charts.length : 0;
  const chartBoxes: FrameChart[] = [];
  for (const [index, chart] of charts.entries()) {
    chartBoxes.push({
      box: { x: columnX, y: SLIDE_MAP.y + index * (slot + gap), width: columnWidth, height: slot },
      shot: chart,
      image: await chartImage(chart),
      title: { size: 14, baseline: 22, inset: 12 },
      top: 32,
    });
  }
  await composeFrame(ctx, {
    width,
    height,
    theme,
    texts: [
      ...headerTexts(input, width, pad),
      {
        text: input.source,
        x: pad,
        y: height - SLIDE.footer + 16,
        width: width - 2 * pad,
        size: 11,
        colour: 'muted',
        maxLines: 3,
      },
    ],
    map: view.mapArea
      ? {
          box: mapBox,
          image: await mapImage(view.mapArea, view.mapFallback, SCALE, theme, input.captureMap),
          area: view.mapArea,
          overlayScale: SCALE,
        }
      : null,
    charts: chartBoxes,
    cursorWidth: 2,
  });
  return canvas;
}
