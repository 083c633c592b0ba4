import { describe, expect, it, vi } from 'vitest';

describe('zod configuration', () => {
  it('is jitless once the dataset schema is loaded, so no schema ever calls new Function', async () => {
    const { z } = await import('zod');
    await import('./schema');
    expect(z.config().jitless).toBe(true);
  });

  it('the dataset schema builds and parses without generating code', async () => {
    vi.resetModules();
    const spy = vi.spyOn(globalThis, 'Function');
    const { atlasSchema } = await import('./schema');
    atlasSchema.safeParse({});
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
