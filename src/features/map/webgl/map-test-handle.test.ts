import { describe, expect, it, vi } from 'vitest';
import { attachTestHandle, type DebugContainer, type DebuggableMap } from './map-test-handle';

const map = { project: vi.fn(([lon, lat]: [number, number]) => ({ x: lon * 10, y: lat * 10 })) };

describe('attachTestHandle', () => {
  it('puts __atlasMap on the container, locating ids with the given function, and takes it off', () => {
    const container = {} as DebugContainer;
    const locate = (id: string) => (id === 'essonne' ? ([2, 48] as [number, number]) : null);
    const detach = attachTestHandle(container, map as unknown as DebuggableMap, locate);
    expect(container.__atlasMap?.project('essonne')).toEqual({ x: 20, y: 480 });
    expect(container.__atlasMap?.project('atlantis')).toBeNull();
    detach();
    expect(container.__atlasMap).toBeUndefined();
  });
});
