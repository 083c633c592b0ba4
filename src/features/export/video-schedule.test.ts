import { describe, expect, it } from 'vitest';
import { VIDEO, frameSchedule, stepAt, videoLengthMs } from './video-schedule';

describe('the video schedule', () => {
  it('shows the warm-up first, then every step for the same slot', () => {
    const count = 24;
    const slot = VIDEO.stepsMs / count;
    expect(stepAt(0, count)).toBe(-1);
    expect(stepAt(VIDEO.warmupMs - 1, count)).toBe(-1);
    const shown = new Map<number, number>();
    for (let t = VIDEO.warmupMs; t < VIDEO.warmupMs + VIDEO.stepsMs; t += 10) {
      const step = stepAt(t, count);
      shown.set(step, (shown.get(step) ?? 0) + 10);
    }
    expect([...shown.keys()]).toEqual(Array.from({ length: count }, (_, i) => i));
    for (const ms of shown.values()) expect(Math.abs(ms - slot)).toBeLessThanOrEqual(10);
  });

  it('holds the last step to the end, and lasts 10–20 s at ≥ 1280 × 720', () => {
    expect(stepAt(videoLengthMs() - 1, 7)).toBe(6);
    expect(videoLengthMs()).toBeGreaterThanOrEqual(10_000);
    expect(videoLengthMs()).toBeLessThanOrEqual(20_000);
    expect(VIDEO.width).toBeGreaterThanOrEqual(1280);
    expect(VIDEO.height).toBeGreaterThanOrEqual(720);
  });

  it('gives every step the same number of frames, in order, after the warm-up', () => {
    const count = 21;
    const frames = frameSchedule(count);
    expect(frames.length).toBe(Math.round((videoLengthMs() / 1000) * VIDEO.fps));
    expect(frames.slice(0, (VIDEO.warmupMs / 1000) * VIDEO.fps).every((n) => n === 0)).toBe(true);
    expect([...frames].sort((a, b) => a - b)).toEqual(frames);
    const perStep = Array.from({ length: count }, (_, i) => frames.filter((n) => n === i + 1).length);
    const slotFrames = (VIDEO.stepsMs / 1000 / count) * VIDEO.fps;
    // The last step also holds to the end.
    for (const n of perStep.slice(0, -1)) expect(Math.abs(n - slotFrames)).toBeLessThanOrEqual(1);
    expect(perStep.at(-1)).toBeGreaterThanOrEqual((VIDEO.holdMs / 1000) * VIDEO.fps);
  });
});
