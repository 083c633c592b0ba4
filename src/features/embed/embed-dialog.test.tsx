// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AtlasStateData } from '../../store/atlas-store';
import { renderWithAtlas } from '../../test-utils/render-with-atlas';
import { EmbedButton } from './embed-button';

afterEach(() => {
  vi.unstubAllGlobals();
});

// jsdom has <dialog> but not its modal API: the smallest stand-in with the same events.
beforeAll(() => {
  const proto = HTMLDialogElement.prototype;
  proto.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function (this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

function renderButton(state: Partial<AtlasStateData> = {}, lang: 'en' | 'fr' = 'en') {
  const { store } = renderWithAtlas(<EmbedButton />, { state, lang });
  return { store, user: userEvent.setup() };
}

async function openDialog(state: Partial<AtlasStateData> = {}) {
  const rendered = renderButton(state);
  await rendered.user.click(screen.getByRole('button', { name: 'Embed' }));
  const dialog = screen.getByRole('dialog', { name: 'Embed this view' });
  await within(dialog).findByLabelText('Embed code'); // the body is a lazy chunk
  const code = () => (within(dialog).getByLabelText('Embed code') as HTMLTextAreaElement).value;
  return { ...rendered, dialog, code };
}

describe('EmbedButton and EmbedDialog', () => {
  it('opens a labelled dialog with the code for the current view, absolute and with embed=1', async () => {
    const { dialog, code } = await openDialog({ selectedId: 'borlange', asOf: '2025-03-01', present: 2 });
    const src = /src="([^"]+)"/.exec(code())![1]!.replace(/&amp;/g, '&');
    const url = new URL(src);
    expect(url.origin + url.pathname).toBe(new URL('./', document.baseURI).href);
    expect(url.search).toBe('?site=borlange&date=2025-03-01&embed=1');
    expect(code()).toContain('data-compute-atlas');
    expect(code()).toContain(`<script src="${new URL('embed.js', document.baseURI).href}" defer></script>`);
    // The baked picture shows first; the live preview starts once it is in.
    fireEvent.load(within(dialog).getByAltText('Picture of the map, shown while the preview loads'));
    expect(within(dialog).getByTitle('Preview of the embedded atlas')).toHaveAttribute('src', src);
  });

  it('panels: only the ticked ones, in the listed order, which the visitor can change', async () => {
    const { dialog, code, user } = await openDialog({ panels: ['details', 'map'] });
    const panels = () =>
      new URL(/src="([^"]+)"/.exec(code())![1]!.replace(/&amp;/g, '&')).searchParams.get('panels');
    expect(panels()).toBe('details,map');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Timeline' }));
    expect(panels()).toBe('details,map,timeline');
    await user.click(within(dialog).getByRole('button', { name: 'Move Timeline up' }));
    expect(panels()).toBe('details,timeline,map');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Sites and details' }));
    expect(panels()).toBe('timeline,map');
  });

  it('with no panel ticked there is no code to copy, and it says why', async () => {
    const { dialog, code, user } = await openDialog({ panels: ['map'] });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Map' }));
    expect(code()).toBe('');
    expect(within(dialog).getByRole('button', { name: 'Copy the code' })).toBeDisabled();
    expect(within(dialog).getByText('Choose at least one panel.')).toBeVisible();
  });

  it('language, theme and a fixed height change the code', async () => {
    const { dialog, code, user } = await openDialog();
    await user.selectOptions(within(dialog).getByLabelText('Language'), 'fr');
    await user.selectOptions(within(dialog).getByLabelText('Theme'), 'dark');
    await user.click(within(dialog).getByRole('radio', { name: 'Fixed' }));
    const px = within(dialog).getByLabelText('Height in pixels');
    await user.clear(px);
    await user.type(px, '480');
    expect(code()).toContain('?lang=fr&amp;theme=dark&amp;embed=1"');
    expect(code()).toContain('height: 480px');
    expect(code()).not.toContain('data-compute-atlas');
    expect(code()).not.toContain('<script');
    // The iframe's accessible name is in the embed's language.
    expect(code()).toContain('title="Compute Atlas\u00a0: les centres de données');
  });

  it('for a page with a strict CSP: a class instead of the inline style, and the stylesheet to add', async () => {
    const { dialog, code, user } = await openDialog();
    expect(code()).toContain('style="width: 100%');
    expect(within(dialog).queryByLabelText(/^Stylesheet/)).toBeNull();
    await user.click(within(dialog).getByRole('checkbox', { name: /strict Content Security Policy/ }));
    expect(code()).not.toMatch(/\sstyle=/);
    expect(code()).toContain('class="compute-atlas"');
    const css = (within(dialog).getByLabelText(/^Stylesheet/) as HTMLTextAreaElement).value;
    expect(css).toMatch(/^\.compute-atlas \{\n {2}width: 100%;\n {2}height: 640px;/);
  });

  it('copies with the clipboard API and announces it', async () => {
    const { dialog, code, user } = await openDialog();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(dialog).getByRole('button', { name: 'Copy the code' }));
    expect(writeText).toHaveBeenCalledExactlyOnceWith(code());
    expect(within(dialog).getByRole('status')).toHaveTextContent('Copied');
    // Changing the code makes "Copied" stale: it goes.
    await user.click(within(dialog).getByRole('radio', { name: 'Fixed' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('');
  });

  it('falls back to selecting the code when the clipboard refuses', async () => {
    const { dialog, code, user } = await openDialog();
    const writeText = vi.fn().mockRejectedValue(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(dialog).getByRole('button', { name: 'Copy the code' }));
    const textarea = within(dialog).getByLabelText('Embed code') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(textarea);
    expect([textarea.selectionStart, textarea.selectionEnd]).toEqual([0, code().length]);
    expect(within(dialog).getByRole('status')).toHaveTextContent(/press Ctrl\+C/);
  });

  it('closing returns focus to the Embed button', async () => {
    const { dialog, user } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Embed' })).toHaveFocus();
  });
});
