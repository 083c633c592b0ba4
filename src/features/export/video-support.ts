/** Whether this browser can make a WebM of a canvas, and which days the recording steps through. */
/**
 * `mimeType` is the MediaRecorder fallback's type; null where only WebCodecs (VideoEncoder) is
 * there. Whether WebCodecs can encode VP9 or VP8 is known only asynchronously, at record time.
 */
export type RecordSupport = { ok: true; mimeType: string | null } | { ok: false };

export function recordSupport(win: typeof globalThis = globalThis): RecordSupport {
  const webCodecs = typeof (win as { VideoEncoder?: unknown }).VideoEncoder === 'function';
  const Recorder = (win as { MediaRecorder?: typeof MediaRecorder }).MediaRecorder;
  const Canvas = (win as { HTMLCanvasElement?: typeof HTMLCanvasElement }).HTMLCanvasElement;
  const canRecord = Recorder && Canvas && typeof Canvas.prototype.captureStream === 'function';
  const types = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];
  const mimeType = (canRecord && types.find((type) => Recorder.isTypeSupported?.(type))) || null;
  return mimeType || webCodecs ? { ok: true, mimeType } : { ok: false };
}

/** Event days plus evenly spaced days between the first event and today, each once, in order. */
export function videoSteps(eventDays: readonly string[], today: string, fillers = 10): string[] {
  const first = [...eventDays].sort()[0];
  if (!first || first > today) return [today];
  const start = Date.parse(first);
  const end = Date.parse(today);
  const even = Array.from({ length: fillers + 1 }, (_, i) =>
    new Date(start + ((end - start) * i) / fillers).toISOString().slice(0, 10),
  );
  return [...new Set([...eventDays.filter((d) => d <= today), ...even])].sort();
}
