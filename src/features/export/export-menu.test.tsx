// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithAtlas } from '../../test-utils/render-with-atlas';
import ExportMenu from './export-menu';

afterEach(() => vi.unstubAllGlobals());

describe('ExportMenu', () => {
  it('is a disclosure: closed at first, Escape closes it and gives focus back', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<ExportMenu />);
    const toggle = screen.getByRole('button', { name: 'Export' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(screen.getByRole('heading', { name: 'Export this view' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Image of this view (PNG)' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Slide, 1920 × 1080 (PNG)' })).toBeEnabled();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('says the browser cannot record instead of offering a video it cannot make', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<ExportMenu />, { lang: 'fr' });
    await user.click(screen.getByRole('button', { name: 'Exporter' }));
    expect(screen.getByText(/Ce navigateur ne sait pas enregistrer de vidéo/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /Enregistrer la chronologie/ })).toBeNull();
  });

  it('offers the video where MediaRecorder and canvas capture exist', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('MediaRecorder', { isTypeSupported: () => true });
    HTMLCanvasElement.prototype.captureStream = vi.fn() as never;
    renderWithAtlas(<ExportMenu />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.getByRole('button', { name: 'Record the timeline (WebM video)' })).toBeEnabled();
    delete (HTMLCanvasElement.prototype as { captureStream?: unknown }).captureStream;
  });

  it('offers no chart SVG when no chart is drawn, and says why', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<ExportMenu />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.queryByRole('button', { name: /chart \(SVG\)/ })).toBeNull();
    expect(screen.getByText(/No chart is drawn right now/)).toBeVisible();
  });
});
