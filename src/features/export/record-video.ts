/**
 * The timeline playing, as a WebM: the recorder drives the store's time cursor itself, one step at
 * a time from the first event to today, waits for the map to draw each step (the map capture
 * resolves once maplibre is idle), and composes map + timeline + date caption + source line on a
 * 1280 × 720 canvas. The stream is `captureStream(0)`: a frame enters the video only when we call
 * requestFrame(), and the recorder is paused while a step is drawn: a slow software-GL machine
 * records whole frames on a fixed schedule, never half-drawn ones.
 */
import { drawContain, drawCover, drawText, fillRoundRect, type Box } from './canvas-draw';
import type { ExportTheme } from './export-theme';
import { mapImage } from './map-image';
import { inlineSvg, svgToImage } from './svg-inline';
import { readChart, readView } from './view-snapshot';
import { withWebmDuration } from './webm-duration';

export const VIDEO = { width: 1280, height: 720, stepsMs: 12_000, holdMs: 1_500, fps: 10 } as const;
export const VIDEO_MAP: Box = { x: 32, y: 88, width: 760, height: 560 };
const MAP = VIDEO_MAP;
const TIMELINE: Box = { x: 808, y: 88, width: 440, height: 560 };

export interface RecordInput {
  mimeType: string;
  theme: ExportTheme;
  steps: readonly string[];
  /** Steps that must appear (event days); the others may be skipped to keep to the schedule. */
  required: ReadonlySet<string>;
  setAsOf: (asOf: string) => void;
  dateCaption: (asOf: string) => string;
  title: string;
  source: string;
  signal: AbortSignal;
  onProgress: (fraction: number) => void;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

export class RecordingCancelled extends Error {}

export async function recordTimeline(input: RecordInput): Promise<Blob> {
  const { theme, signal } = input;
  const scene = document.createElement('canvas');
  const out = document.createElement('canvas');
  for (const canvas of [scene, out]) Object.assign(canvas, { width: VIDEO.width, height: VIDEO.height });
  const sceneCtx = scene.getContext('2d');
  const outCtx = out.getContext('2d');
  if (!sceneCtx || !outCtx) throw new Error('no 2D canvas');
  await document.fonts?.ready;

  const stream = out.captureStream(0);
  const [track] = stream.getVideoTracks() as (MediaStreamTrack & { requestFrame?: () => void })[];
  const recorder = new MediaRecorder(stream, { mimeType: input.mimeType, videoBitsPerSecond: 4_000_000 });
  const chunks: Blob[] = [];
  let firstData: () => void = () => {};
  const warm = new Promise<void>((resolve) => (firstData = resolve));
  recorder.ondataavailable = (event) => {
    if (event.data.size) chunks.push(event.data);
    firstData();
  };
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));

  let progress = 0;
  let live = false;
  const emit = () => {
    if (!live) return;
    outCtx.drawImage(scene, 0, 0);
    outCtx.fillStyle = theme.accent;
    outCtx.fillRect(0, VIDEO.height - 4, VIDEO.width * progress, 4);
    track?.requestFrame?.();
  };
  // Recording time runs only while a finished frame is on show: paused while the next step is
  // drawn, so a slow machine gives the same 10–20 s video as a fast one, only later.
  let active = 0;
  let resumedAt = 0;
  const show = async (ms: number) => {
    const first = recorder.state === 'inactive';
    if (first) recorder.start(250);
    else recorder.resume();
    resumedAt = performance.now();
    live = true;
    emit();
    await wait(ms, signal);
    // A pause before the encoder has produced anything is not taken out of the timeline (Chromium):
    // hold the first step until the first data arrives.
    if (first) await Promise.race([warm, wait(10_000, signal)]);
    live = false;
    recorder.pause();
    active += performance.now() - resumedAt;
  };

  const ticker = setInterval(emit, 1000 / VIDEO.fps);
  try {
    const slot = VIDEO.stepsMs / input.steps.length;
    for (const [index, step] of input.steps.entries()) {
      if (signal.aborted) throw new RecordingCancelled();
      await drawScene(sceneCtx, input, step);
      if (signal.aborted) throw new RecordingCancelled();
      progress = (index + 1) / input.steps.length;
      input.onProgress(progress);
      await show(index === input.steps.length - 1 ? slot + VIDEO.holdMs : slot);
    }
    if (signal.aborted) throw new RecordingCancelled();
  } finally {
    clearInterval(ticker);
    if (recorder.state !== 'inactive') {
      recorder.stop();
      await stopped;
    }
    for (const t of stream.getTracks()) t.stop();
  }
  const blob = new Blob(chunks, { type: 'video/webm' });
  return withWebmDuration(blob, active);
}

/** One step: move the cursor, let React and the map draw it, then compose the frame. */
async function drawScene(ctx: CanvasRenderingContext2D, input: RecordInput, step: string) {
  const { theme } = input;
  input.setAsOf(step);
  await nextFrame();
  await nextFrame();
  const view = readView();
  const map = view.mapArea ? await mapImage(view.mapArea, view.mapFallback, 1, theme, 1) : null;
  const timeline = readChart('timeline');
  const timelineImage = timeline ? await svgToImage(inlineSvg(timeline.svg)) : null;

  ctx.fillStyle = theme.bg;
  ctx.fillRect(0, 0, VIDEO.width, VIDEO.height);
  drawText(ctx, input.title, 32, 52, 700, {
    size: 30,
    weight: 700,
    color: theme.ink,
    font: theme.font,
    maxLines: 1,
  });
  drawText(ctx, input.dateCaption(step), VIDEO.width - 32, 56, 520, {
    size: 36,
    weight: 700,
    color: theme.accent,
    font: theme.font,
    align: 'right',
    maxLines: 1,
  });
  fillRoundRect(ctx, MAP, 10, theme.surface, theme.border);
  if (map) {
    ctx.save();
    ctx.beginPath();
    ctx.roundRect(MAP.x, MAP.y, MAP.width, MAP.height, 10);
    ctx.clip();
    drawCover(ctx, map, MAP);
    ctx.restore();
  }
  fillRoundRect(ctx, TIMELINE, 10, theme.surface, theme.border);
  if (timeline && timelineImage) {
    drawText(ctx, timeline.title, TIMELINE.x + 14, TIMELINE.y + 30, TIMELINE.width - 28, {
      size: 20,
      weight: 600,
      color: theme.ink,
      font: theme.font,
      maxLines: 1,
    });
    const placed = drawContain(ctx, timelineImage, {
      x: TIMELINE.x + 8,
      y: TIMELINE.y + 44,
      width: TIMELINE.width - 16,
      height: TIMELINE.height - 52,
    });
    const width = timeline.svg.getBoundingClientRect().width;
    if (timeline.cursorX !== null && width > 0) {
      const x = placed.x + (timeline.cursorX / width) * placed.width;
      ctx.fillStyle = theme.accent;
      ctx.fillRect(x - 1.5, placed.y, 3, placed.height);
    }
  }
  drawText(ctx, input.source, 32, 684, VIDEO.width - 64, {
    size: 13,
    color: theme.muted,
    font: theme.font,
    maxLines: 2,
  });
}
