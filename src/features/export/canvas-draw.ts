/** Small 2D-canvas drawing helpers shared by the PNG and video compositions. */
import { breakableWords } from './line-breaks';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Drawable = HTMLCanvasElement | HTMLImageElement;

const sizeOf = (source: Drawable) =>
  source instanceof HTMLImageElement
    ? { width: source.naturalWidth || source.width, height: source.naturalHeight || source.height }
    : { width: source.width, height: source.height };

/** Draws `source` inside `box`, whole, centred (letterboxed). */
export function drawContain(ctx: CanvasRenderingContext2D, source: Drawable, box: Box): Box {
  const { width, height } = sizeOf(source);
  if (!width || !height) return { ...box, width: 0, height: 0 };
  const scale = Math.min(box.width / width, box.height / height);
  const placed = {
    x: box.x + (box.width - width * scale) / 2,
    y: box.y + (box.height - height * scale) / 2,
    width: width * scale,
    height: height * scale,
  };
  ctx.drawImage(source, placed.x, placed.y, placed.width, placed.height);
  return placed;
}

/** Fills `box` with `source`, cropping the overflow around the centre. */
export function drawCover(ctx: CanvasRenderingContext2D, source: Drawable, box: Box): void {
  const { width, height } = sizeOf(source);
  if (!width || !height) return;
  const scale = Math.max(box.width / width, box.height / height);
  const sw = box.width / scale;
  const sh = box.height / scale;
  ctx.drawImage(source, (width - sw) / 2, (height - sh) / 2, sw, sh, box.x, box.y, box.width, box.height);
}

export function fillRoundRect(
  ctx: CanvasRenderingContext2D,
  box: Box,
  radius: number,
  fill: string,
  stroke?: string,
): void {
  ctx.beginPath();
  ctx.roundRect(box.x, box.y, box.width, box.height, radius);
  ctx.fillStyle = fill;
  ctx.fill();
  if (stroke) {
    ctx.strokeStyle = stroke;
    ctx.lineWidth = 1;
    ctx.stroke();
  }
}

/** Lines of `text` that fit `maxWidth` with the context's current font. */
export function wrapLines(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of breakableWords(text)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export interface TextStyle {
  size: number;
  weight?: number;
  color: string;
  font: string;
  align?: CanvasTextAlign;
  lineHeight?: number;
  maxLines?: number;
}

/** Writes wrapped text from its first baseline at (x, y); returns the y below the last line. */
export function drawText(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  style: TextStyle,
): number {
  ctx.font = `${style.weight ?? 400} ${style.size}px ${style.font}`;
  ctx.fillStyle = style.color;
  ctx.textAlign = style.align ?? 'left';
  ctx.textBaseline = 'alphabetic';
  const lineHeight = style.size * (style.lineHeight ?? 1.35);
  let lines = wrapLines(ctx, text, maxWidth);
  if (style.maxLines && lines.length > style.maxLines) {
    lines = lines.slice(0, style.maxLines);
    lines[lines.length - 1] = `${lines[lines.length - 1]!.replace(/\s*\S*$/, '')} …`;
  }
  lines.forEach((line, index) => ctx.fillText(line, x, y + index * lineHeight));
  return y + (lines.length - 1) * lineHeight + lineHeight * 0.6;
}

/** A rectangle relative to an origin rectangle (both from getBoundingClientRect). */
export function relativeTo(rect: DOMRect, origin: DOMRect, dy = 0): Box {
  return {
    x: rect.left - origin.left,
    y: rect.top - origin.top + dy,
    width: rect.width,
    height: rect.height,
  };
}

/** A canvas of `width` × `height` CSS px drawn at `scale` device px each. */
export function newCanvas(width: number, height: number, scale: number, round = Math.round) {
  const canvas = document.createElement('canvas');
  canvas.width = round(width * scale);
  canvas.height = round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  return { canvas, ctx };
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))),
      'image/png',
    ),
  );
}
