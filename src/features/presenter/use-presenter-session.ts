/**
 * One presenter session in this window: the step lives in the store (and so in the URL), the
 * step's view is applied whenever it changes, and the other window hears about every move.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Story } from './story/story-schema';
import { useAtlasStore, useAtlasStoreApi } from '../../store/store-context';
import { forgetPresentationStart, presentationStart, showStep } from './present-actions';
import { leavePresenter } from './return-view';
import { joinPresenterChannel, type PresenterLink, type PresenterRole } from './presenter-channel';
import { exitFullscreen } from './presenter-window';
import { forgetStageToken } from './presenter-token';
import { clampStep } from './step-controller';

/**
 * `token` pairs this window with the other one (presenter-token.ts); the notes window gets the
 * stage's story in `onStory` (unchecked: NotesView validates it).
 */
export function usePresenterSession(
  story: Story,
  role: PresenterRole,
  token: string,
  onStory?: (story: unknown) => void,
) {
  const store = useAtlasStoreApi();
  const count = story.steps.length;
  const step = clampStep(useAtlasStore((s) => s.present) ?? 1, count);
  const [startedAt, setStartedAt] = useState<number | null>(() =>
    role === 'main' ? presentationStart() : null,
  );
  const link = useRef<PresenterLink | null>(null);
  const heard = useRef<number | null>(null);

  // A link, a reload or Back lands on a step: show its view (and clamp a step past the end).
  useEffect(() => {
    showStep(store, story, step);
  }, [store, story, step]);

  useEffect(() => {
    const joined = joinPresenterChannel({
      role,
      token,
      story: role === 'main' ? () => story : undefined,
      onStory,
      current: () => ({ step: clampStep(store.getState().present ?? 1, count), startedAt }),
      onStep: (next, since) => {
        heard.current = next;
        if (role === 'notes') setStartedAt(since);
        showStep(store, story, next);
      },
    });
    link.current = joined;
    return () => {
      joined?.close();
      link.current = null;
    };
  }, [role, token, onStory, store, story, count, startedAt]);

  // Tell the other window, unless the move came from it.
  useEffect(() => {
    if (heard.current === step) return;
    heard.current = null;
    link.current?.sendStep(step, startedAt);
  }, [step, startedAt]);

  const go = useCallback((next: number) => showStep(store, story, next), [store, story]);
  const leave = useCallback(() => {
    exitFullscreen();
    forgetPresentationStart();
    forgetStageToken();
    leavePresenter(store);
  }, [store]);

  return { step, count, go, leave, startedAt, current: story.steps[step - 1]! };
}
