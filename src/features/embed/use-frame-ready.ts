/**
 * Whether the atlas in a preview iframe has drawn: its first `atlas:ready` (or `atlas:error`)
 * message, sent to its parent once its view is in. Until then the dialog shows the build's baked
 * map picture, so the preview is never a blank box while the framed atlas starts.
 */
import { useEffect, useState, type RefObject } from 'react';

export function isFrameDone(data: unknown): boolean {
  const type = (data as { type?: unknown } | null)?.type;
  return type === 'atlas:ready' || type === 'atlas:error';
}

export function useFrameReady(frame: RefObject<HTMLIFrameElement | null>, src: string | null): boolean {
  const [ready, setReady] = useState<string | null>(null);
  useEffect(() => {
    if (src === null) return;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.current?.contentWindow || !isFrameDone(event.data)) return;
      setReady(src);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [frame, src]);
  // A changed option loads a new page in the frame: the picture shows again until it has drawn.
  return ready !== null && ready === src;
}
