import { describe, expect, it } from 'vitest';
import { VIDEO, stepAt, videoLengthMs } from './record-video';

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
});
