/**
 * The editor's state in React: the draft reducer, autosave to this browser's drafts (shortly after
 * the last edit, so typing is not a write per key), and the list of drafts kept before.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { editorReducer, startEditing, type EditorAction, type EditorState } from '../story/story-draft-model';
import type { Story } from '../story/story-schema';
import { deleteDraft, listDrafts, saveDraft, type StoredDraft } from './draft-storage';

export type StorageState = 'idle' | 'saved' | 'unavailable' | 'full';

const SAVE_DELAY_MS = 400;

type Action = EditorAction | { type: 'load'; story: Story };

function reducer(state: EditorState, action: Action): EditorState {
  return action.type === 'load' ? startEditing(action.story) : editorReducer(state, action);
}

export function useStoryDraft(initial: () => Story) {
  const [state, dispatch] = useReducer(reducer, undefined, () => startEditing(initial()));
  const [drafts, setDrafts] = useState<StoredDraft[]>([]);
  const [storage, setStorage] = useState<StorageState>('idle');
  const first = useRef(true);

  const refresh = useCallback(async () => {
    const listed = await listDrafts();
    if (listed.ok) setDrafts(listed.drafts);
    else setStorage(listed.reason);
  }, []);

  useEffect(() => {
    let live = true;
    void listDrafts().then((listed) => {
      if (!live) return;
      if (listed.ok) setDrafts(listed.drafts);
      else setStorage(listed.reason);
    });
    return () => {
      live = false;
    };
  }, []);

  // Autosave: every change of the story (a loaded draft too, so an opened file is kept at once).
  useEffect(() => {
    const wasFirst = first.current;
    first.current = false;
    const timer = setTimeout(
      () => {
        void saveDraft(state.story).then((outcome) => {
          setStorage(outcome.ok ? 'saved' : outcome.reason);
          if (outcome.ok) void refresh();
        });
      },
      wasFirst ? 0 : SAVE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [state.story, refresh]);

  const remove = useCallback(
    async (id: string) => {
      const outcome = await deleteDraft(id);
      if (!outcome.ok) setStorage(outcome.reason);
      await refresh();
    },
    [refresh],
  );

  return {
    state,
    dispatch: dispatch as (action: EditorAction) => void,
    load: (story: Story) => dispatch({ type: 'load', story }),
    drafts,
    storage,
    remove,
  };
}
