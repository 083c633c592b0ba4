// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useBoxSize } from './use-box-size';

function Probe() {
  const { ref, width, height } = useBoxSize();
  return (
    <div ref={ref}>
      {width}×{height}
    </div>
  );
}

/** jsdom lays nothing out: the element's size is whatever the test says. */
function stubSize(size: { width: number; height: number }) {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => size.width);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(() => size.height);
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('useBoxSize', () => {
  it('measures the box before the first paint, in whole pixels', () => {
    stubSize({ width: 332.4, height: 180.6 });
    render(<Probe />);
    expect(screen.getByText('332×181')).toBeInTheDocument();
  });

  it('follows the box when it is resized', () => {
    const size = { width: 332, height: 100 };
    stubSize(size);
    let notify = () => {};
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          notify = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    render(<Probe />);
    size.width = 600;
    act(() => notify());
    expect(screen.getByText('600×100')).toBeInTheDocument();
  });

  it('stays at its first measure where ResizeObserver is missing', () => {
    stubSize({ width: 390, height: 0 });
    vi.stubGlobal('ResizeObserver', undefined);
    render(<Probe />);
    expect(screen.getByText('390×0')).toBeInTheDocument();
  });
});
