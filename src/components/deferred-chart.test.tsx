// @vitest-environment jsdom
import { lazy } from 'react';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHARTS_BEFORE_READY_MARK, READY_MARK } from '../lib/atlas-ready';
import { DeferredChart } from './deferred-chart';

const Live = lazy(async () => ({ default: () => <p>live chart</p> }));

describe('DeferredChart', () => {
  it('shows the baked figure until the atlas is ready, then the live chart in its place', async () => {
    render(
      <DeferredChart figure={<p>baked figure</p>}>
        <Live />
      </DeferredChart>,
    );
    expect(screen.getByText('baked figure')).toBeInTheDocument();
    expect(screen.queryByText('live chart')).toBeNull();
    act(() => void performance.mark(READY_MARK));
    expect(await screen.findByText('live chart')).toBeInTheDocument();
    expect(screen.queryByText('baked figure')).toBeNull();
  });

  afterEach(() => {
    vi.useRealTimers();
    performance.clearMarks();
  });

  it('goes live on the fallback when the first view never comes, and marks when', async () => {
    vi.resetModules();
    performance.clearMarks();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }); // performance's marks stay real
    const { DeferredChart: Fresh } = await import('./deferred-chart');
    render(
      <Fresh figure={<p>baked figure</p>}>
        <Live />
      </Fresh>,
    );
    act(() => void vi.advanceTimersByTime(9_999));
    expect(performance.getEntriesByName(CHARTS_BEFORE_READY_MARK)).toHaveLength(0);
    act(() => void vi.advanceTimersByTime(1));
    expect(performance.getEntriesByName(CHARTS_BEFORE_READY_MARK)).toHaveLength(1);
    vi.useRealTimers();
    expect(await screen.findByText('live chart')).toBeInTheDocument();
  });
});
