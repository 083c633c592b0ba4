import { describe, expect, it, vi } from 'vitest';

describe('the embed protocol under a strict CSP', () => {
  it('builds and parses its messages without generating code (zod jitless)', async () => {
    vi.resetModules();
    const spy = vi.spyOn(globalThis, 'Function');
    const { hostCommandSchema } = await import('./embed-protocol');
    hostCommandSchema.safeParse({ type: 'atlas:select', version: 1, site: 'essonne' });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
