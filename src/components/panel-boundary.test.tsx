// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from './panel-boundary';

function Broken(): never {
  throw new Error('boom');
}

describe('PanelBoundary', () => {
  it('replaces a failing panel with its fallback and leaves its siblings alone', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <div>
        <PanelBoundary name="timeline" fallback={(name) => <p>{name} is unavailable</p>}>
          <Broken />
        </PanelBoundary>
        <p>map still here</p>
      </div>,
    );
    expect(screen.getByText('timeline is unavailable')).toBeInTheDocument();
    expect(screen.getByText('map still here')).toBeInTheDocument();
    expect(error).toHaveBeenCalledWith(
      '[atlas] the timeline panel failed',
      expect.any(Error),
      expect.anything(),
    );
    error.mockRestore();
  });
});
