/** Whether this browser can record a canvas as WebM, and which days the recording steps through. */
export type RecordSupport = { ok: true; mimeType: string } | { ok: false };

export function recordSupport(win: typeof globalThis = globalThis): RecordSupport {
  const Recorder = (win as { MediaRecorder?: typeof MediaRecorder }).MediaRecorder;
  const Canvas = (win as { HTMLCanvasElement?: typeof HTMLCanvasElement }).HTMLCanvasElement;
  if (!Recorder || !Canvas || typeof Canvas.prototype.captureStream !== 'function') return { ok: false };
  const types = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];
  const mimeType = types.find((type) => Recorder.isTypeSupported?.(type));
  return mimeType ? { ok: true, mimeType } : { ok: false };
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
