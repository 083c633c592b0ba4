import { describe, expect, it, vi } from 'vitest';
import { createSwStatus } from './sw-status';

describe('createSwStatus', () => {
  it('tells its listeners once that an update is ready, and applies it only on request', () => {
    const status = createSwStatus();
    const listener = vi.fn();
    const apply = vi.fn();
    status.subscribe(listener);
    status.setApplyUpdate(apply);
    expect(status.get().updateReady).toBe(false);
    status.markUpdateReady();
    status.markUpdateReady();
    expect(status.get().updateReady).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(apply).not.toHaveBeenCalled();
    status.applyUpdate();
    expect(apply).toHaveBeenCalledTimes(1);
  });
});
