/**
 * The map as a canvas at `scale` CSS px: the WebGL map's own pixels (captured inside its render
 * event, see lib/map-capture) with its DOM callouts drawn on top, or the SVG fallback map.
 */
import { findLandmarks, landmarkSelector } from '../../components/export-landmarks';
import type { MapCaptureSlot } from '../../lib/map-capture';
import { drawText, fillRoundRect, newCanvas, relativeTo } from './canvas-draw';
import type { ExportTheme } from './export-theme';
import { svgToImage, inlineSvg } from './svg-inline';
import { isShown } from './view-snapshot';

/** The page's map capture (components/map-capture-context.tsx). */
export type CaptureMap = MapCaptureSlot['capture'];

export async function mapImage(
  area: HTMLElement,
  fallback: boolean,
  scale: number,
  theme: ExportTheme,
  captureMap: CaptureMap,
  pixelRatio = scale,
): Promise<HTMLCanvasElement> {
  const box = area.getBoundingClientRect();
  const { canvas, ctx } = newCanvas(box.width, box.height, scale);
  const captured = fallback ? null : await captureMap({ pixelRatio });
  if (captured) ctx.drawImage(captured, 0, 0, box.width, box.height);
  else await drawSvgMap(ctx, area, box);
  drawCallouts(ctx, area, box, theme);
  return canvas;
}

/** The fallback: its basemap SVG, then each site's glyph (an SVG) and its label at their places. */
async function drawSvgMap(ctx: CanvasRenderingContext2D, area: HTMLElement, box: DOMRect) {
  for (const svg of area.querySelectorAll<SVGSVGElement>('svg')) {
    if (!isShown(svg)) continue;
    const at = relativeTo(svg.getBoundingClientRect(), box);
    ctx.drawImage(await svgToImage(inlineSvg(svg)), at.x, at.y, at.width, at.height);
  }
  for (const label of findLandmarks(area, 'site-label')) {
    if (!isShown(label)) continue;
    const at = relativeTo(label.getBoundingClientRect(), box);
    const style = getComputedStyle(label);
    ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    ctx.fillStyle = style.color;
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
    ctx.fillText(label.textContent ?? '', at.x, at.y + at.height / 2);
  }
}

/** Country pledge cards (DOM markers over the map, or the fallback's own): a card with their text. */
function drawCallouts(ctx: CanvasRenderingContext2D, area: HTMLElement, box: DOMRect, theme: ExportTheme) {
  const scope = area.closest<HTMLElement>(landmarkSelector('map-view')) ?? area;
  const cards = findLandmarks(scope, 'pledge-card');
  for (const card of cards) {
    if (!isShown(card)) continue;
    const at = relativeTo(card.getBoundingClientRect(), box);
    if (at.x + at.width < 0 || at.y + at.height < 0 || at.x > box.width || at.y > box.height) continue;
    fillRoundRect(ctx, at, 6, theme.surface, theme.border);
    let y = at.y + 15;
    const lines = findLandmarks(card, 'pledge-line')
      .filter(isShown)
      .map((el) => {
        // The card's own line (country · count) leaves out the words of the lines inside it.
        const own = (part: Element) => part.closest(landmarkSelector('pledge-line')) === el;
        return [...el.querySelectorAll('span, strong')]
          .filter(own)
          .map((part) => part.textContent?.trim())
          .filter(Boolean)
          .join(el.localName === 'li' ? ' ' : ' · ');
      });
    for (const line of (lines.length ? lines : [card.textContent?.trim() ?? '']).filter(Boolean)) {
      if (y > at.y + at.height - 4) break;
      y =
        drawText(ctx, line, at.x + 8, y, at.width - 16, { size: 11, color: theme.ink, font: theme.font }) + 6;
    }
  }
}
