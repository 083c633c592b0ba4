/**
 * The editor's state in React: the draft reducer, autosave to this browser's drafts (typing shortly
 * after its last key, so it is not a write per key; any other edit at once), and the list of drafts
 * kept before.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { editorReducer, startEditing, type EditorAction, type EditorState } from '../story/story-draft-model';
import type { Story } from '../story/story-schema';
import { deleteDraft, listDrafts, saveDraft, type StoredDraft } from './draft-storage';

export type StorageState = 'idle' | 'saved' | 'unavailable' | 'full';

const SAVE_DELAY_MS = 400;
const TYPING: ReadonlySet<EditorAction['type']> = new Set(['set-story-title', 'set-text', 'set-annotation']);

type Action = EditorAction | { type: 'load'; story: Story };

function reducer(state: EditorState, action: Action): EditorState {
  return action.type === 'load' ? startEditing(action.story) : editorReducer(state, action);
}

export function useStoryDraft(initial: () => Story) {
  const [state, dispatch] = useReducer(reducer, undefined, () => startEditing(initial()));
  const [drafts, setDrafts] = useState<StoredDraft[]>([]);
  const [storage, setStorage] = useState<StorageState>('idle');
  const first = useRef(true);
  // Typing is saved after a pause; a step added, moved, deleted or undone is saved at once.
  const typing = useRef(false);
  const edit = useCallback((action: EditorAction) => {
    typing.current = TYPING.has(action.type);
    dispatch(action);
  }, []);

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

  const save = useCallback(
    (story: Story) => {
      void saveDraft(story).then((outcome) => {
        setStorage(outcome.ok ? 'saved' : outcome.reason);
        if (outcome.ok) void refresh();
      });
    },
    [refresh],
  );

  // Autosave: every change of the story (a loaded draft too, so an opened file is kept at once).
  const unsaved = useRef<Story | null>(null);
  useEffect(() => {
    const wasFirst = first.current;
    first.current = false;
    unsaved.current = state.story;
    const timer = setTimeout(
      () => {
        // Already written if the page went away in the meantime.
        if (unsaved.current === null) return;
        unsaved.current = null;
        save(state.story);
      },
      wasFirst || !typing.current ? 0 : SAVE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [state.story, save]);

  // An edit still waiting for its delay is written when the page goes away (a reload, a closed
  // tab) or the editor closes, so that the last move before a reload is not lost.
  useEffect(() => {
    const flush = () => {
      if (unsaved.current === null) return;
      const story = unsaved.current;
      unsaved.current = null;
      save(story);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [save]);

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
    dispatch: edit,
    load: (story: Story) => dispatch({ type: 'load', story }),
    drafts,
    storage,
    remove,
  };
}
