import { describe, expect, it, vi } from 'vitest';
import { prefetch } from './prefetch';

describe('prefetch', () => {
  it('starts the load at once', () => {
    const load = vi.fn(() => Promise.resolve('chunk'));
    prefetch(load);
    expect(load).toHaveBeenCalledOnce();
  });

  it('leaves a failed load to the real one: no unhandled rejection', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      prefetch(() => Promise.reject(new Error('Unable to preload CSS for /assets/details-panel.css')));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
