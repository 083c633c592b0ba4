// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { LoadFailure } from '../dataset/load-dataset';
import { renderWithAtlas } from '../test-utils/render-with-atlas';
import { ErrorPanel } from './error-panel';

const saved = vi.hoisted(() => [] as { blob: Blob; name: string }[]);
vi.mock('../lib/save-blob', () => ({
  saveBlob: (blob: Blob, name: string) => saved.push({ blob, name }),
}));

const HUGE_KEY = `k${'\u202E'.repeat(2)}${'x'.repeat(5000)}`;
const failure: LoadFailure = {
  ok: false,
  kind: 'data',
  problems: [
    { path: `(root).${HUGE_KEY}`, message: 'unknown key' },
    ...Array.from({ length: 249 }, (_, n) => ({ path: `sites[${n}].location.lat`, message: 'required' })),
  ],
};

describe('ErrorPanel: the full list of problems', () => {
  it('shows the first 100, each cut short, and downloads all 250 in full as a text file', async () => {
    renderWithAtlas(
      <ErrorPanel failure={failure} onRetry={() => {}} customUrl="custom/broken.json" defaultHref="/" />,
    );
    const panel = screen.getByRole('alert');
    const shown = within(panel).getAllByRole('listitem');
    expect(shown).toHaveLength(100);
    expect(shown[0]!.textContent!.length).toBeLessThanOrEqual(300);
    expect(panel).toHaveTextContent('…and 150 more problems.');

    await userEvent.click(
      within(panel).getByRole('button', { name: 'Download all 250 problems (text file)' }),
    );
    await waitFor(() => expect(saved).toHaveLength(1));
    const { blob, name } = saved[0]!;
    expect(name).toBe('broken-problems.txt');
    expect(blob.type).toBe('text/plain;charset=utf-8');
    const lines = (await blob.text()).trimEnd().split('\n');
    expect(lines[0]).toBe('250 problems in custom/broken.json');
    expect(lines.slice(2)).toHaveLength(250);
    expect(lines[2]).toBe(`(root).${HUGE_KEY}: unknown key`);
    expect(lines.at(-1)).toBe('sites[248].location.lat: required');
  });

  it('offers no download when the file could not be fetched: there is no list to keep', () => {
    renderWithAtlas(
      <ErrorPanel
        failure={{
          ok: false,
          kind: 'fetch',
          failure: { reason: 'http', status: 500, statusText: 'Internal Server Error' },
          problems: [{ path: 'custom/x.json', message: 'HTTP 500 Internal Server Error' }],
        }}
        onRetry={() => {}}
        customUrl="custom/x.json"
        defaultHref="/"
      />,
    );
    expect(screen.queryByRole('button', { name: /Download/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
