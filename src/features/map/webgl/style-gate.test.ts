import { describe, expect, it, vi } from 'vitest';
import { untilStyleLoaded } from './style-gate';

function fakeMap() {
  const listeners = new Map<string, Array<() => void>>();
  return {
    on: (type: string, listener: () => void) =>
      listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    fire: (type: string) => listeners.get(type)?.forEach((listener) => listener()),
  };
}

describe('untilStyleLoaded', () => {
  it('holds what comes before the style is in, and applies only the last of it once it is', () => {
    const map = fakeMap();
    const apply = vi.fn();
    const update = untilStyleLoaded(map, apply);
    update('first');
    update('second');
    expect(apply).not.toHaveBeenCalled();
    map.fire('style.load');
    expect(apply.mock.calls).toEqual([['second']]);
    update('third');
    expect(apply).toHaveBeenLastCalledWith('third');
  });

  it('holds again from a lost context until the style is loaded anew after the restore', () => {
    const map = fakeMap();
    const apply = vi.fn();
    const update = untilStyleLoaded(map, apply);
    map.fire('style.load');
    map.fire('webglcontextlost');
    update('during the loss');
    expect(apply).not.toHaveBeenCalled();
    map.fire('style.load');
    expect(apply).toHaveBeenCalledWith('during the loss');
    map.fire('style.load'); // nothing held: nothing applied twice
    expect(apply).toHaveBeenCalledTimes(1);
  });
});
