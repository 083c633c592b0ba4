/**
 * A small painter for the map's DOM overlays (the legend, the basemap attribution): each shown
 * element's background and border, its SVG glyphs, and its text at its own place, font and colour.
 * Enough for flat overlays made of boxes, glyphs and words; not a general DOM renderer.
 */
import { findLandmarks, isLandmark, landmarkSelector } from '../../components/export-landmarks';
import { newCanvas, relativeTo } from './canvas-draw';
import { inlineSvg, svgToImage } from './svg-inline';
import { collapseSpaces } from './line-breaks';
import { isShown } from './view-snapshot';

const transparent = (colour: string) => !colour || colour === 'transparent' || /,\s*0\)$/.test(colour);

/** Paints `root` and what it contains onto `ctx`, placed relative to `origin` (both in CSS px). */
export async function paintDom(ctx: CanvasRenderingContext2D, root: HTMLElement, origin: DOMRect) {
  if (!isShown(root)) return;
  await paintElement(ctx, root, origin);
}

async function paintElement(ctx: CanvasRenderingContext2D, element: Element, origin: DOMRect) {
  if (!isShown(element)) return;
  const style = getComputedStyle(element);
  if (style.visibility === 'hidden' || style.opacity === '0') return;
  const box = relativeTo(element.getBoundingClientRect(), origin);
  // Text for screen readers only (`.visually-hidden`: a 1 px box that clips its words) is not drawn.
  if (box.width <= 1 && box.height <= 1 && style.overflow === 'hidden') return;
  if (element instanceof SVGSVGElement) {
    ctx.drawImage(await svgToImage(inlineSvg(element)), box.x, box.y, box.width, box.height);
    return;
  }
  const radius = Math.min(parseFloat(style.borderTopLeftRadius) || 0, box.width / 2, box.height / 2);
  const border = parseFloat(style.borderTopWidth) || 0;
  if (!transparent(style.backgroundColor) || (border > 0 && !transparent(style.borderTopColor))) {
    ctx.beginPath();
    ctx.roundRect(box.x, box.y, box.width, box.height, radius);
    if (!transparent(style.backgroundColor)) {
      ctx.fillStyle = style.backgroundColor;
      ctx.fill();
    }
    if (border > 0 && !transparent(style.borderTopColor)) {
      ctx.strokeStyle = style.borderTopColor;
      ctx.lineWidth = border;
      ctx.stroke();
    }
  }
  for (const child of element.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) paintText(ctx, child as Text, style, origin);
    else if (child instanceof Element) await paintElement(ctx, child, origin);
  }
}

/** A text node, line by line: the words that fall on each of its client rects. */
function paintText(ctx: CanvasRenderingContext2D, node: Text, style: CSSStyleDeclaration, origin: DOMRect) {
  const words = collapseSpaces(node.textContent ?? '');
  if (!words) return;
  const range = document.createRange();
  range.selectNodeContents(node);
  const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
  if (!rects.length) return;
  const transform = style.textTransform;
  ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  ctx.fillStyle = style.color;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  const text = transform === 'uppercase' ? words.toUpperCase() : words;
  if (rects.length === 1) {
    const at = relativeTo(rects[0]!, origin);
    ctx.fillText(text, at.x, at.y + at.height / 2, at.width + 2);
    return;
  }
  // Wrapped: give each line the words that fit its rect.
  const queue = text.split(' ');
  for (const rect of rects) {
    const at = relativeTo(rect, origin);
    let line = '';
    while (queue.length && ctx.measureText(line ? `${line} ${queue[0]}` : queue[0]!).width <= at.width + 2)
      line = line ? `${line} ${queue.shift()}` : queue.shift()!;
    if (!line && queue.length) line = queue.shift()!;
    ctx.fillText(line, at.x, at.y + at.height / 2);
  }
}

/** The overlays worth keeping in a picture of the map: its legend and the basemap credit. */
export function mapOverlays(area: HTMLElement): HTMLElement[] {
  const scope = area.closest<HTMLElement>(landmarkSelector('map-view')) ?? area.parentElement ?? area;
  return findLandmarks(scope, 'map-legend', 'map-credit').filter(isShown);
}

/** One overlay on its own canvas at `scale` (for compositions that crop the map). */
export async function overlayImage(element: HTMLElement, scale: number): Promise<HTMLCanvasElement> {
  const rect = element.getBoundingClientRect();
  const { canvas, ctx } = newCanvas(rect.width, rect.height, scale, Math.ceil);
  await paintDom(ctx, element, rect);
  return canvas;
}

/**
 * For compositions that crop the map (slide, video): the legend in the map box's top-left corner,
 * where the page has it (the North Sea: no site, no callout under it), and the basemap credit in
 * its bottom-right. Both shrink with the map (drawn to cover the box), and the legend to at most
 * 40 % of the box's height and a third of its width, so a small box keeps most of its map.
 */
export async function drawOverlaysInBox(
  ctx: CanvasRenderingContext2D,
  area: HTMLElement,
  box: { x: number; y: number; width: number; height: number },
  scale: number,
) {
  const onScreen = area.getBoundingClientRect();
  const mapScale =
    onScreen.width && onScreen.height
      ? Math.max(box.width / onScreen.width, box.height / onScreen.height)
      : 1;
  for (const element of mapOverlays(area)) {
    const legend = isLandmark(element, 'map-legend');
    const rect = element.getBoundingClientRect();
    const [share, widthShare] = legend ? [0.4, 1 / 3] : [0.2, 0.5];
    const fit = Math.min(
      1,
      mapScale,
      (box.height * share) / rect.height,
      (box.width * widthShare - 16) / rect.width,
    );
    const width = rect.width * fit;
    const height = rect.height * fit;
    const x = legend ? box.x + 8 : box.x + box.width - width - 8;
    const y = legend ? box.y + 8 : box.y + box.height - height - 8;
    // Painted at its on-screen size times `scale`, then drawn smaller: downsampled, still sharp.
    ctx.drawImage(await overlayImage(element, scale), x, y, width, height);
  }
}
