// @vitest-environment jsdom
import { lazy } from 'react';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { READY_MARK } from '../lib/atlas-ready';
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
});
