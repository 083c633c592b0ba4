/**
 * The timeline playing, as a WebM, in two passes. First the recorder drives the store's time
 * cursor itself, one step at a time from the first event to today, waits for the map to draw each
 * step (the map capture resolves once maplibre is idle) and composes map + timeline + date caption
 * + source line + a progress strip on a 1280 × 720 canvas, kept as a PNG blob. Then it turns those
 * frames into a video on a fixed schedule (video-schedule.ts): with WebCodecs, each frame is
 * encoded with its own timestamp (encode-webm.ts), so steps are even whatever the machine's load.
 * Without WebCodecs, a MediaRecorder fallback plays the frames in real time on a `captureStream(0)`
 * canvas; there the video's clock is the capture clock and a busy main thread can shift a step.
 */
import { viewsSettled } from '../../store/deferred-views';
import { canvasToPng, type Box } from './canvas-draw';
import type { ExportTheme } from './export-theme';
import { composeFrame } from './frame';
import { mapImage, type CaptureMap } from './map-image';
import { inlineSvg, svgToImage } from './svg-inline';
import { readChart, readView } from './view-snapshot';
import { withWebmDuration } from './webm-duration';
import { VIDEO, stepAt, videoLengthMs } from './video-schedule';

export const VIDEO_MAP: Box = { x: 32, y: 88, width: 760, height: 560 };
const TIMELINE: Box = { x: 808, y: 88, width: 440, height: 560 };

export interface RecordInput {
  /** The MediaRecorder type for the fallback, or null where only WebCodecs records. */
  mimeType: string | null;
  theme: ExportTheme;
  steps: readonly string[];
  setAsOf: (asOf: string) => void;
  dateCaption: (asOf: string) => string;
  title: string;
  source: string;
  captureMap: CaptureMap;
  signal: AbortSignal;
  onProgress: (fraction: number) => void;
}

/** How much of the preparation (drawing every step) counts in the progress bar. */
const PREPARE_SHARE = 0.7;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export class RecordingCancelled extends Error {}

function drawStrip(ctx: CanvasRenderingContext2D, theme: ExportTheme, fraction: number) {
  const y = VIDEO.height - VIDEO.strip;
  ctx.fillStyle = theme.border;
  ctx.fillRect(0, y, VIDEO.width, VIDEO.strip);
  ctx.fillStyle = theme.accent;
  ctx.fillRect(0, y, Math.round(VIDEO.width * fraction), VIDEO.strip);
}

export async function recordTimeline(input: RecordInput): Promise<Blob> {
  const { theme, signal, steps } = input;
  const scene = document.createElement('canvas');
  const out = document.createElement('canvas');
  for (const canvas of [scene, out]) Object.assign(canvas, { width: VIDEO.width, height: VIDEO.height });
  const sceneCtx = scene.getContext('2d');
  const outCtx = out.getContext('2d');
  if (!sceneCtx || !outCtx) throw new Error('no 2D canvas');
  await document.fonts?.ready;

  // Pass 1: every step drawn once, whatever time the map takes.
  const frames: Blob[] = [];
  for (const [index, step] of steps.entries()) {
    if (signal.aborted) throw new RecordingCancelled();
    await drawScene(sceneCtx, input, step);
    drawStrip(sceneCtx, theme, (index + 1) / steps.length);
    frames.push(await canvasToPng(scene));
    if (index === 0) {
      drawStrip(sceneCtx, theme, 0);
      frames.unshift(await canvasToPng(scene)); // the warm-up frame
    }
    input.onProgress((PREPARE_SHARE * (index + 1)) / steps.length);
  }
  if (signal.aborted) throw new RecordingCancelled();
  // mediabunny (~150 kB) is fetched only here, when a video is recorded, not with the PNG export.
  const { EncodingCancelled, encodeWebm, webCodecsCodec } = await import('./encode-webm');
  const codec = await webCodecsCodec();
  if (codec) {
    const onProgress = (fraction: number) => input.onProgress(PREPARE_SHARE + (1 - PREPARE_SHARE) * fraction);
    try {
      return await encodeWebm({ codec, frames, signal, onProgress });
    } catch (error) {
      if (error instanceof EncodingCancelled) throw new RecordingCancelled();
      throw error;
    }
  }
  if (!input.mimeType) throw new Error('this browser cannot encode WebM');
  return play(out, outCtx, frames, { ...input, mimeType: input.mimeType });
}

/** Pass 2: the frames in real time; frames[0] is the warm-up, frames[i + 1] is step i. */
async function play(
  out: HTMLCanvasElement,
  ctx: CanvasRenderingContext2D,
  frames: Blob[],
  input: RecordInput & { mimeType: string },
): Promise<Blob> {
  const { signal } = input;
  const count = frames.length - 1;
  const decoded = new Map<number, Promise<ImageBitmap>>();
  const decode = (index: number) => {
    if (index < frames.length && !decoded.has(index)) decoded.set(index, createImageBitmap(frames[index]!));
  };
  decode(0);
  decode(1);
  const bitmaps = new Map<number, ImageBitmap>();
  for (const index of [0, 1]) {
    const bitmap = await decoded.get(index);
    if (bitmap) bitmaps.set(index, bitmap);
  }

  const stream = out.captureStream(0);
  const [track] = stream.getVideoTracks() as (MediaStreamTrack & { requestFrame?: () => void })[];
  const recorder = new MediaRecorder(stream, { mimeType: input.mimeType, videoBitsPerSecond: 4_000_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => {
    if (event.data.size) chunks.push(event.data);
  };
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
  const length = videoLengthMs();

  let shown = -1;
  const tick = (elapsed: number) => {
    const wanted = stepAt(elapsed, count) + 1;
    // Decode ahead; if a step is not decoded yet (a very busy machine) the previous one stays.
    decode(wanted + 1);
    void decoded.get(wanted + 1)?.then((bitmap) => bitmaps.set(wanted + 1, bitmap));
    let index = wanted;
    while (index > 0 && !bitmaps.has(index)) index -= 1;
    if (index !== shown) {
      ctx.drawImage(bitmaps.get(index)!, 0, 0);
      shown = index;
      for (const old of [...bitmaps.keys()].filter((key) => key < index - 1)) {
        bitmaps.get(old)?.close();
        bitmaps.delete(old);
      }
    }
    track?.requestFrame?.();
    input.onProgress(PREPARE_SHARE + (1 - PREPARE_SHARE) * Math.min(1, elapsed / length));
  };

  ctx.drawImage(bitmaps.get(0)!, 0, 0);
  recorder.start(500);
  const started = performance.now();
  let ended = started;
  try {
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const elapsed = performance.now() - started;
        if (signal.aborted || elapsed >= length) {
          clearInterval(timer);
          ended = performance.now();
          resolve();
          return;
        }
        tick(elapsed);
      }, 1000 / VIDEO.fps);
      tick(0);
    });
  } finally {
    if (recorder.state !== 'inactive') {
      recorder.stop();
      await stopped;
    }
    for (const t of stream.getTracks()) t.stop();
    for (const bitmap of bitmaps.values()) bitmap.close();
  }
  if (signal.aborted) throw new RecordingCancelled();
  return withWebmDuration(new Blob(chunks, { type: 'video/webm' }), ended - started);
}

/** One step: move the cursor, let React and the map draw it, then compose the frame. */
async function drawScene(ctx: CanvasRenderingContext2D, input: RecordInput, step: string) {
  const { theme } = input;
  input.setAsOf(step);
  await nextFrame();
  // The panels follow the cursor in a transition (store/deferred-views.ts): wait for all of them.
  await viewsSettled();
  await nextFrame();
  const view = readView();
  const map = view.mapArea
    ? await mapImage(view.mapArea, view.mapFallback, 1, theme, input.captureMap, 1)
    : null;
  const timeline = readChart('timeline');
  await composeFrame(ctx, {
    width: VIDEO.width,
    height: VIDEO.height,
    theme,
    texts: [
      { text: input.title, x: 32, y: 52, width: 700, size: 30, weight: 700, colour: 'ink', maxLines: 1 },
      {
        text: input.dateCaption(step),
        x: VIDEO.width - 32,
        y: 56,
        width: 520,
        size: 36,
        weight: 700,
        colour: 'accent',
        align: 'right',
        maxLines: 1,
      },
      { text: input.source, x: 32, y: 676, width: VIDEO.width - 64, size: 13, colour: 'muted', maxLines: 2 },
    ],
    map: { box: VIDEO_MAP, image: map, area: view.mapArea, overlayScale: 1 },
    charts: [
      {
        box: TIMELINE,
        shot: timeline,
        image: timeline ? await svgToImage(inlineSvg(timeline.svg)) : null,
        title: { size: 20, baseline: 30, inset: 14 },
        top: 44,
      },
    ],
    cursorWidth: 3,
  });
}
