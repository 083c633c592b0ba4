// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { READY_MARK, markAtlasReady, whenAtlasReady } from './atlas-ready';

afterEach(() => {
  performance.clearMarks(READY_MARK);
  vi.useRealTimers();
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

describe('markAtlasReady', () => {
  it('sets the mark once per page, however often the views say they are ready', () => {
    markAtlasReady();
    markAtlasReady();
    expect(performance.getEntriesByName(READY_MARK, 'mark')).toHaveLength(1);
  });
});
