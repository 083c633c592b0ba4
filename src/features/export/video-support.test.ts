import { describe, expect, it } from 'vitest';
import { recordSupport, videoSteps } from './video-support';

describe('videoSteps', () => {
  it('runs from the first event to today, every event day included once, in order', () => {
    const steps = videoSteps(['2025-02-10', '2021-06-01', '2025-02-10', '2027-01-01'], '2026-12-01', 4);
    expect(steps[0]).toBe('2021-06-01');
    expect(steps.at(-1)).toBe('2026-12-01');
    expect(steps).toContain('2025-02-10');
    expect(steps).not.toContain('2027-01-01'); // a forecast after today is not played
    expect(new Set(steps).size).toBe(steps.length);
    expect([...steps].sort()).toEqual(steps);
    expect(steps.length).toBe(6); // 5 even days + 1 event day between them
  });

  it('is just today without events', () => {
    expect(videoSteps([], '2026-12-01')).toEqual(['2026-12-01']);
  });
});

describe('recordSupport', () => {
  const canvas = (captureStream?: unknown) => ({ prototype: { captureStream } });
  it('says no without WebCodecs and without MediaRecorder or canvas.captureStream', () => {
    expect(recordSupport({ HTMLCanvasElement: canvas(() => null) } as never)).toEqual({ ok: false });
    const MediaRecorder = { isTypeSupported: () => true };
    expect(recordSupport({ MediaRecorder, HTMLCanvasElement: canvas() } as never)).toEqual({ ok: false });
  });

  it('says yes with WebCodecs alone, with no recorder type for the fallback', () => {
    const VideoEncoder = function VideoEncoder() {};
    expect(recordSupport({ VideoEncoder, HTMLCanvasElement: canvas() } as never)).toEqual({
      ok: true,
      mimeType: null,
    });
  });

  it('picks the first WebM type the recorder supports', () => {
    const MediaRecorder = { isTypeSupported: (type: string) => type === 'video/webm;codecs=vp8' };
    expect(recordSupport({ MediaRecorder, HTMLCanvasElement: canvas(() => null) } as never)).toEqual({
      ok: true,
      mimeType: 'video/webm;codecs=vp8',
    });
  });
});
