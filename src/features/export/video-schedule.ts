/** The video's schedule: a short warm-up, then every step for the same slot, then a hold. */
export const VIDEO = {
  width: 1280,
  height: 720,
  /** Before the first step: the first frame with an empty progress strip (the encoder warms up). */
  warmupMs: 600,
  /** Every step together; each step gets the same share. */
  stepsMs: 12_000,
  /** The last step stays a little longer. */
  holdMs: 1_500,
  fps: 15,
  /** The progress strip along the bottom edge: accent over a border-coloured track. */
  strip: 8,
} as const;

/** Which step shows `elapsed` ms after the recording started: -1 during the warm-up. */
export function stepAt(elapsed: number, count: number): number {
  if (elapsed < VIDEO.warmupMs) return -1;
  const slot = VIDEO.stepsMs / count;
  return Math.min(count - 1, Math.floor((elapsed - VIDEO.warmupMs) / slot));
}

export const videoLengthMs = () => VIDEO.warmupMs + VIDEO.stepsMs + VIDEO.holdMs;

/** Frame k (at k / fps seconds) of the whole video shows picture n: 0 the warm-up, i + 1 step i. */
export function frameSchedule(count: number): number[] {
  const total = Math.round((videoLengthMs() / 1000) * VIDEO.fps);
  return Array.from({ length: total }, (_, k) => stepAt((k * 1000) / VIDEO.fps, count) + 1);
}
