import { describe, expect, it, vi } from 'vitest';

describe('story schema under the strict CSP', () => {
  it('builds and parses without generating code (no new Function)', async () => {
    vi.resetModules();
    const spy = vi.spyOn(globalThis, 'Function');
    const { storySchema } = await import('./story-schema');
    storySchema.safeParse({});
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
