/**
 * A lazily loaded panel (a chart chunk) that says when it has drawn. The atlas is ready (the
 * `atlas:ready` mark, an embed's `atlas:ready` message, <main data-ready>) only once every such
 * panel on screen has drawn: an embed without the map would otherwise announce itself, and be
 * measured by its host, while its charts are still placeholders, then grow by hundreds of pixels.
 */
import { Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

/** id -> drawn? The panels now mounted; one not drawn yet holds the atlas back from ready. */
export type PanelTracker = (id: string, state: 'waiting' | 'drawn' | 'gone') => void;

export function usePanelsDrawn(): { drawn: boolean; track: PanelTracker } {
  const waiting = useRef(new Set<string>());
  const [count, setCount] = useState(0);
  const track = useCallback<PanelTracker>((id, state) => {
    if (state === 'waiting') waiting.current.add(id);
    else waiting.current.delete(id);
    setCount(waiting.current.size);
  }, []);
  return { drawn: count === 0, track };
}

function Drawn({ onDrawn }: { onDrawn: () => void }) {
  useEffect(onDrawn, [onDrawn]);
  return null;
}

export function LazyPanel({
  id,
  track,
  fallback,
  children,
}: {
  id: string;
  track: PanelTracker;
  fallback: ReactNode;
  children: ReactNode;
}) {
  // A child's effect runs before its parent's: when the chunk was already loaded, Drawn reports
  // before this panel registers, so the flag decides what it registers as.
  const drawn = useRef(false);
  const onDrawn = useCallback(() => {
    drawn.current = true;
    track(id, 'drawn');
  }, [id, track]);
  useEffect(() => {
    track(id, drawn.current ? 'drawn' : 'waiting');
    return () => track(id, 'gone');
  }, [id, track]);
  return (
    <Suspense fallback={fallback}>
      {children}
      <Drawn onDrawn={onDrawn} />
    </Suspense>
  );
}
