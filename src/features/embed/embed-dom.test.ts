// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { framingParent, watchElementHeight } from './embed-dom';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('framingParent', () => {
  it('is null at the top level and the parent inside a frame', () => {
    expect(framingParent(window)).toBeNull();
    const parent = {} as Window;
    expect(framingParent({ parent } as unknown as Window)).toBe(parent);
  });
});

describe('watchElementHeight', () => {
  it('reports the element height now and on each resize, until stopped', () => {
    let onResize: () => void = () => {};
    const disconnect = vi.fn();
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          onResize = callback;
        }
        observe() {}
        disconnect = disconnect;
      },
    );
    const element = document.createElement('div');
    let height = 300;
    element.getBoundingClientRect = () => ({ height }) as DOMRect;
    const heights: number[] = [];
    const stop = watchElementHeight(element, (h) => heights.push(h));
    height = 420;
    onResize();
    expect(heights).toEqual([300, 420]);
    stop();
    expect(disconnect).toHaveBeenCalledOnce();
  });
});
