// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { focusInPage, replaceInEmbed } from './embed-links';

function Page({ embed, replace }: { embed: boolean; replace?: (href: string) => void }) {
  return (
    <>
      <a href="#content" onClick={focusInPage(embed)}>
        Skip to content
      </a>
      <a href="?lang=en" onClick={replaceInEmbed(embed, replace)}>
        Back to the atlas
      </a>
      <main id="content">Atlas</main>
    </>
  );
}

describe('links in an embed', () => {
  it('the skip link moves focus without a history entry or a new fragment', () => {
    render(<Page embed />);
    const before = window.history.length;
    fireEvent.click(screen.getByRole('link', { name: 'Skip to content' }));
    expect(screen.getByRole('main')).toHaveFocus();
    expect(window.history.length).toBe(before);
    expect(window.location.hash).toBe('');
  });

  it('outside an embed the skip link is an ordinary link', () => {
    render(<Page embed={false} />);
    const link = screen.getByRole('link', { name: 'Skip to content' });
    expect(fireEvent.click(link)).toBe(true); // not prevented
  });

  it('the error panel’s link replaces the frame’s entry instead of pushing one', () => {
    const replace = vi.fn();
    render(<Page embed replace={replace} />);
    const link = screen.getByRole('link', { name: 'Back to the atlas' });
    expect(fireEvent.click(link)).toBe(false);
    expect(replace).toHaveBeenCalledWith(expect.stringMatching(/\?lang=en$/));
    // A click with a modifier (new tab) is left to the browser.
    expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
  });
});
