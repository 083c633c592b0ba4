// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { lazy, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { LazyPanel, usePanelsDrawn } from './lazy-panel';

afterEach(cleanup);

function Harness({ children, shown = true }: { children: ReactNode; shown?: boolean }) {
  const { drawn, track } = usePanelsDrawn();
  return (
    <>
      <p>{drawn ? 'atlas ready' : 'atlas waiting'}</p>
      {shown && (
        <LazyPanel id="chart" track={track} fallback={<p>loading</p>}>
          {children}
        </LazyPanel>
      )}
    </>
  );
}

function deferredChart() {
  let resolve!: () => void;
  const loaded = new Promise<{ default: () => ReactNode }>((done) => {
    resolve = () => done({ default: () => <p>chart body</p> });
  });
  return { Chart: lazy(() => loaded), resolve };
}

describe('LazyPanel and usePanelsDrawn', () => {
  it('hold the atlas back from ready until the chart chunk has loaded and drawn', async () => {
    const { Chart, resolve } = deferredChart();
    render(
      <Harness>
        <Chart />
      </Harness>,
    );
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(screen.getByText('atlas waiting')).toBeInTheDocument();
    await act(async () => resolve());
    expect(await screen.findByText('chart body')).toBeInTheDocument();
    expect(screen.getByText('atlas ready')).toBeInTheDocument();
  });

  it('count a panel whose chunk was already loaded as drawn at once', () => {
    render(
      <Harness>
        <p>chart body</p>
      </Harness>,
    );
    expect(screen.getByText('atlas ready')).toBeInTheDocument();
  });

  it('let go of a panel that leaves the page before it drew', () => {
    const { Chart } = deferredChart();
    const { rerender } = render(
      <Harness>
        <Chart />
      </Harness>,
    );
    expect(screen.getByText('atlas waiting')).toBeInTheDocument();
    rerender(
      <Harness shown={false}>
        <Chart />
      </Harness>,
    );
    expect(screen.getByText('atlas ready')).toBeInTheDocument();
  });
});
