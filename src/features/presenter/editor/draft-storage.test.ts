import { describe, expect, it } from 'vitest';
import { listDrafts, restoreDraft, saveDraft } from './draft-storage';

const text = { fr: '', en: 'T' };
const step = { id: 's', title: text, caption: text, notes: text, cites: [], state: '' };

describe('draft storage', () => {
  it('restores a stored draft, and skips one whose shape the editor cannot read', () => {
    const draft = { story: { id: 'mine', title: text, steps: [step] }, savedAt: 1 };
    expect(restoreDraft(draft)).toEqual(draft);
    expect(restoreDraft({ ...draft, savedAt: 'yesterday' })).toBeNull();
    expect(
      restoreDraft({ story: { id: 'mine', title: text, steps: [{ ...step, title: 'T' }] }, savedAt: 1 }),
    ).toBeNull();
    expect(restoreDraft({ story: { id: 'mine', title: 'T', steps: [] }, savedAt: 1 })).toBeNull();
    expect(restoreDraft(null)).toBeNull();
  });

  it('says storage is unavailable, and never throws, where the browser has no IndexedDB', async () => {
    expect(typeof indexedDB).toBe('undefined');
    expect(await saveDraft({ id: 'mine', title: text, steps: [] })).toEqual({
      ok: false,
      reason: 'unavailable',
    });
    expect(await listDrafts()).toEqual({ ok: false, reason: 'unavailable' });
  });
});
