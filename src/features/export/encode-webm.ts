/**
 * Pass 2 of the recording where the browser has WebCodecs: every frame of the schedule is encoded
 * with its own timestamp (frame k at k / fps seconds) and written to a WebM by mediabunny. The
 * video's clock is the schedule itself, not the page's timers nor the recorder's capture clock, so
 * steps are evenly paced however busy the machine is, and no real-time playback is needed.
 */
import { BufferTarget, CanvasSource, Output, WebMOutputFormat, canEncodeVideo } from 'mediabunny';
import { VIDEO, frameSchedule } from './video-schedule';

export class EncodingCancelled extends Error {}

/** Whether WebCodecs can encode our 1280 × 720 video here: the codec to use, or null. */
export async function webCodecsCodec(): Promise<'vp9' | 'vp8' | null> {
  if (typeof globalThis.VideoEncoder !== 'function') return null;
  for (const codec of ['vp9', 'vp8'] as const) {
    if (await canEncodeVideo(codec, { width: VIDEO.width, height: VIDEO.height })) return codec;
  }
  return null;
}

export interface EncodeInput {
  codec: 'vp9' | 'vp8';
  /** frames[0] is the warm-up, frames[i + 1] is step i. */
  frames: readonly Blob[];
  signal: AbortSignal;
  /** 0..1 of this pass. */
  onProgress: (fraction: number) => void;
}

export async function encodeWebm(input: EncodeInput): Promise<Blob> {
  const { frames, signal } = input;
  const canvas = document.createElement('canvas');
  Object.assign(canvas, { width: VIDEO.width, height: VIDEO.height });
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');

  const output = new Output({ format: new WebMOutputFormat(), target: new BufferTarget() });
  const source = new CanvasSource(canvas, {
    codec: input.codec,
    bitrate: 4_000_000,
    // A key frame every second: a player seeks anywhere without decoding from the start.
    keyFrameInterval: 1,
  });
  output.addVideoTrack(source, { frameRate: VIDEO.fps });
  await output.start();

  const schedule = frameSchedule(frames.length - 1);
  let shown = -1;
  try {
    for (const [k, index] of schedule.entries()) {
      if (signal.aborted) throw new EncodingCancelled();
      if (index !== shown) {
        const bitmap = await createImageBitmap(frames[index]!);
        ctx.drawImage(bitmap, 0, 0);
        bitmap.close();
        shown = index;
      }
      await source.add(k / VIDEO.fps, 1 / VIDEO.fps);
      input.onProgress((k + 1) / schedule.length);
    }
    await output.finalize();
  } catch (error) {
    if (output.state !== 'finalized' && output.state !== 'canceled') await output.cancel();
    throw error;
  }
  const buffer = output.target.buffer;
  if (!buffer) throw new Error('the WebM is empty');
  return new Blob([buffer], { type: 'video/webm' });
}
