/**
 * Story drafts kept in this browser (IndexedDB through idb-keyval), one entry per story id, so
 * they survive a reload and work offline. Storage can be missing (some private modes, a sandboxed
 * frame) or full: every call then says so, and the editor keeps working in memory.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { Story } from '../story/story-schema';

export interface StoredDraft {
  story: Story;
  savedAt: number;
}

export type StorageOutcome = { ok: true } | { ok: false; reason: 'unavailable' | 'full' };

let store: UseStore | null = null;
function draftStore(): UseStore {
  store ??= createStore('compute-atlas-stories', 'drafts');
  return store;
}

function failure(error: unknown): StorageOutcome {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  return { ok: false, reason: name === 'QuotaExceededError' ? 'full' : 'unavailable' };
}

/**
 * What came out of storage, checked for the shape the editor reads (a draft need not be a valid
 * story yet, but its texts must be strings). Anything else is skipped.
 */
export function restoreDraft(value: unknown): StoredDraft | null {
  if (typeof value !== 'object' || value === null) return null;
  const { story, savedAt } = value as { story?: unknown; savedAt?: unknown };
  if (typeof savedAt !== 'number' || typeof story !== 'object' || story === null) return null;
  const { id, title, steps } = story as { id?: unknown; title?: unknown; steps?: unknown };
  const isText = (t: unknown) =>
    typeof t === 'object' &&
    t !== null &&
    typeof (t as { fr?: unknown }).fr === 'string' &&
    typeof (t as { en?: unknown }).en === 'string';
  if (typeof id !== 'string' || !isText(title) || !Array.isArray(steps)) return null;
  const stepsOk = steps.every((s: unknown) => {
    if (typeof s !== 'object' || s === null) return false;
    const step = s as Record<string, unknown>;
    return (
      typeof step.id === 'string' &&
      typeof step.state === 'string' &&
      Array.isArray(step.cites) &&
      isText(step.title) &&
      isText(step.caption) &&
      isText(step.notes)
    );
  });
  return stepsOk ? { story: story as Story, savedAt } : null;
}

export async function listDrafts(): Promise<
  { ok: true; drafts: StoredDraft[] } | (StorageOutcome & { ok: false })
> {
  try {
    const all = await entries(draftStore());
    const drafts = all.map(([, value]) => restoreDraft(value)).filter((d): d is StoredDraft => d !== null);
    return { ok: true, drafts: drafts.sort((a, b) => b.savedAt - a.savedAt) };
  } catch (error) {
    return failure(error) as StorageOutcome & { ok: false };
  }
}

export async function saveDraft(story: Story, now = Date.now()): Promise<StorageOutcome> {
  try {
    await set(story.id, { story, savedAt: now } satisfies StoredDraft, draftStore());
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

export async function deleteDraft(id: string): Promise<StorageOutcome> {
  try {
    await del(id, draftStore());
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}
