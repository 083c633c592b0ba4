// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Story } from '../story/story-schema';

const saved: Story[] = [];
vi.mock('./draft-storage', () => ({
  listDrafts: vi.fn(async () => ({ ok: true, drafts: [] })),
  saveDraft: vi.fn(async (story: Story) => {
    saved.push(story);
    return { ok: true };
  }),
  deleteDraft: vi.fn(async () => ({ ok: true })),
}));

const { useStoryDraft } = await import('./use-story-draft');

const text = { fr: '', en: 'T' };
const step = (id: string) => ({ id, title: text, caption: text, notes: text, cites: [], state: '' });
const story = { id: 'draft-1', title: { en: 'Briefing' }, steps: [] } as unknown as Story;

describe('useStoryDraft autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    saved.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('writes an edit still waiting for its delay when the page goes away', async () => {
    const { result } = renderHook(() => useStoryDraft(() => story));
    await act(async () => vi.advanceTimersByTime(0));
    saved.length = 0;
    act(() => result.current.dispatch({ type: 'set-story-title', lang: 'en', value: 'Reloaded at once' }));
    expect(saved).toHaveLength(0);
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(saved.map((s) => s.title.en)).toEqual(['Reloaded at once']);
    // Written once: the delayed save finds nothing left to write.
    await act(async () => vi.advanceTimersByTime(1000));
    expect(saved).toHaveLength(1);
  });

  it('writes a structural edit at once, without waiting for the typing pause', async () => {
    const two = { ...story, steps: [step('a'), step('b')] } as unknown as Story;
    const { result } = renderHook(() => useStoryDraft(() => two));
    await act(async () => vi.advanceTimersByTime(0));
    saved.length = 0;
    act(() => result.current.dispatch({ type: 'move', from: 1, to: 0 }));
    await act(async () => vi.advanceTimersByTime(0));
    expect(saved.map((s) => s.steps.map((x) => x.id))).toEqual([['b', 'a']]);
  });

  it('writes a pending edit when the editor closes', async () => {
    const { result, unmount } = renderHook(() => useStoryDraft(() => story));
    await act(async () => vi.advanceTimersByTime(0));
    saved.length = 0;
    act(() => result.current.dispatch({ type: 'set-story-title', lang: 'en', value: 'Closed at once' }));
    unmount();
    expect(saved.map((s) => s.title.en)).toEqual(['Closed at once']);
  });
});
