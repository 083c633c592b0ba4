// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('isWebglSupported', () => {
  it('probes one throwaway context per page, and gives the same answer after', async () => {
    const getContext = vi
      .spyOn(HTMLCanvasElement.prototype, 'getContext')
      .mockReturnValue(null as unknown as RenderingContext);
    const { isWebglSupported } = await import('./webgl');
    expect(isWebglSupported()).toBe(false);
    expect(isWebglSupported()).toBe(false);
    expect(getContext).toHaveBeenCalledOnce();
    expect(getContext).toHaveBeenCalledWith('webgl2');
  });

  it('says yes when a WebGL2 context comes, and releases it', async () => {
    const loseContext = vi.fn();
    const gl = { getExtension: () => ({ loseContext }) };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(gl as unknown as RenderingContext);
    const { isWebglSupported } = await import('./webgl');
    expect(isWebglSupported()).toBe(true);
    expect(loseContext).toHaveBeenCalledOnce();
  });
});
