// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithAtlas } from '../../test-utils/render-with-atlas';
import { parseCsv } from './csv';
import { DownloadsMenu } from './downloads-menu';

describe('DownloadsMenu', () => {
  let blobs: Blob[];
  let clicked: HTMLAnchorElement[];

  beforeEach(() => {
    blobs = [];
    clicked = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('offers the JSON dataset and the JSON Schema as files of the site', async () => {
    renderWithAtlas(<DownloadsMenu />);
    await userEvent.click(screen.getByRole('button', { name: 'Downloads' }));
    const json = screen.getByRole('link', { name: 'Full dataset (JSON)' });
    expect(json).toHaveAttribute('download', 'compute-atlas-1.0.0.json');
    expect(json.getAttribute('href')).toMatch(/atlas\.json$/);
    expect(screen.getByRole('link', { name: 'JSON Schema of the dataset' }).getAttribute('href')).toMatch(
      /atlas\.schema\.json$/,
    );
  });

  it('with ?data=, offers the custom dataset that is shown, not the bundled one', async () => {
    renderWithAtlas(<DownloadsMenu />, { state: { data: 'https://news.example/custom.json' } });
    await userEvent.click(screen.getByRole('button', { name: 'Downloads' }));
    const json = screen.getByRole('link', { name: 'Full dataset (JSON)' });
    expect(json).toHaveAttribute('href', 'https://news.example/custom.json');
  });

  it('builds the sites CSV in the browser and saves it through an object URL', async () => {
    renderWithAtlas(<DownloadsMenu />);
    await userEvent.click(screen.getByRole('button', { name: 'Downloads' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sites (CSV) — 2 rows' }));
    await vi.waitFor(() => expect(clicked).toHaveLength(1)); // the CSV writer is a lazy chunk
    expect(clicked[0]!.download).toBe('compute-atlas-1.0.0-sites.csv');
    expect(clicked[0]!.href).toBe('blob:test/1');
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(await blobs[0]!.text());
    expect(rows[0]!.slice(0, 3)).toEqual(['id', 'name_fr', 'name_en']);
    expect(rows).toHaveLength(3);
  });

  it('is a disclosure that Escape closes, returning focus to its button', async () => {
    renderWithAtlas(<DownloadsMenu />);
    const toggle = screen.getByRole('button', { name: 'Downloads' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: 'Full dataset (JSON)' })).toBeNull();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Full dataset (JSON)' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('names each table with its row count in French too', async () => {
    renderWithAtlas(<DownloadsMenu />, { lang: 'fr' });
    await userEvent.click(screen.getByRole('button', { name: 'Téléchargements' }));
    expect(screen.getByRole('button', { name: 'Événements (CSV) — 1 ligne' })).toBeInTheDocument();
  });
});
