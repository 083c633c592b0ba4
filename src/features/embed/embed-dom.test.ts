// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { READY_MARK, framingParent, watchElementHeight, whenAtlasReady } from './embed-dom';

afterEach(() => {
  performance.clearMarks(READY_MARK);
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

describe('whenAtlasReady', () => {
  it('runs at once when the mark is already there', () => {
    performance.mark(READY_MARK);
    const callback = vi.fn();
    whenAtlasReady(callback);
    expect(callback).toHaveBeenCalledOnce();
  });

  it('waits for the mark', async () => {
    const callback = vi.fn();
    whenAtlasReady(callback);
    expect(callback).not.toHaveBeenCalled();
    performance.mark(READY_MARK);
    await vi.waitFor(() => expect(callback).toHaveBeenCalledOnce());
  });

  it('falls back to a timeout when the mark never comes, and can be cancelled', () => {
    vi.useFakeTimers();
    const callback = vi.fn();
    const cancelled = vi.fn();
    whenAtlasReady(callback, 1000);
    whenAtlasReady(cancelled, 1000)();
    vi.advanceTimersByTime(999);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledOnce();
    expect(cancelled).not.toHaveBeenCalled();
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
