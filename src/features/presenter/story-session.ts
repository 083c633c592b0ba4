/**
 * Which story presenter mode shows, and whether the editor is open: the presenter feature's own UI
 * state (the atlas store holds the step; this holds the story, which is data, not URL state).
 * The story a presenter chose is kept for the tab (sessionStorage), so a reload presents it again.
 */
import { create } from 'zustand';
// Types only: this module is in the first chunk (the header's buttons), zod is not.
import type { Story } from './story/story-schema';

const PRESENTED_KEY = 'compute-atlas:presented-story';

export type EditorRequest =
  | { kind: 'new' }
  | { kind: 'copy'; story: Story }
  /** The editor comes back (after presenting) to the story it had. */
  | { kind: 'resume'; story: Story };

interface StorySession {
  /** The story to present; null = the atlas's own (or the one `?story=` names). */
  presented: Story | null;
  /** What the editor should start from, set by "New story" or "Edit a copy"; null = closed. */
  editor: EditorRequest | null;
  present: (story: Story | null) => void;
  openEditor: (request: EditorRequest) => void;
  closeEditor: () => void;
}

/** The story chosen before a reload, as stored (unchecked: the stage validates it). */
export function keptStoryJson(): unknown {
  try {
    const kept = sessionStorage.getItem(PRESENTED_KEY);
    return kept ? (JSON.parse(kept) as unknown) : null;
  } catch {
    return null;
  }
}

function keep(story: Story | null): void {
  try {
    if (story) sessionStorage.setItem(PRESENTED_KEY, JSON.stringify(story));
    else sessionStorage.removeItem(PRESENTED_KEY);
  } catch {
    // No storage: a reload presents the atlas's own story.
  }
}

export const useStorySession = create<StorySession>()((set) => ({
  presented: null,
  editor: null,
  present: (story) => {
    keep(story);
    set({ presented: story });
  },
  openEditor: (request) => set({ editor: request }),
  closeEditor: () => set({ editor: null }),
}));
