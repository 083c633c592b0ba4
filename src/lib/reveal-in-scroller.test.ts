// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { revealInScroller } from './reveal-in-scroller';

const rect = (top: number, height: number) => ({ top, height }) as DOMRect;

/** A 400 px column scrolled by 100 px, holding 1,000 px, with a heading `headingTop` px below the viewport's top. */
function column(headingTop: number, { overflow = 'auto' } = {}) {
  const scroller = document.createElement('div');
  scroller.style.overflowY = overflow;
  const heading = document.createElement('h2');
  scroller.append(heading);
  document.body.append(scroller);
  Object.defineProperties(scroller, {
    scrollHeight: { value: 1000 },
    clientHeight: { value: 400 },
    scrollTop: { value: 100 },
  });
  scroller.getBoundingClientRect = () => rect(50, 400);
  heading.getBoundingClientRect = () => rect(headingTop, 30);
  const scrollTo = vi.fn();
  scroller.scrollTo = scrollTo as typeof scroller.scrollTo;
  return { heading, scrollTo };
}

afterEach(() => document.body.replaceChildren());

describe('revealInScroller', () => {
  it('brings a heading below the column’s fold to its top, smoothly', () => {
    const { heading, scrollTo } = column(600);
    expect(revealInScroller(heading, { smooth: true })).toBe(true);
    expect(scrollTo).toHaveBeenCalledWith({ top: 650, behavior: 'smooth' });
  });

  it('jumps without animation when the visitor asked for reduced motion', () => {
    const { heading, scrollTo } = column(600);
    revealInScroller(heading, { smooth: false });
    expect(scrollTo).toHaveBeenCalledWith({ top: 650, behavior: 'auto' });
  });

  it('brings back a heading scrolled out above the column', () => {
    const { heading, scrollTo } = column(-20);
    revealInScroller(heading, { smooth: false });
    expect(scrollTo).toHaveBeenCalledWith({ top: 30, behavior: 'auto' });
  });

  it('keeps the heading’s scroll-margin-top above it', () => {
    const { heading, scrollTo } = column(600);
    heading.style.scrollMarginTop = '16px';
    revealInScroller(heading, { smooth: false });
    expect(scrollTo).toHaveBeenCalledWith({ top: 634, behavior: 'auto' });
  });

  it('leaves a heading already in the column’s upper half where it is', () => {
    const { heading, scrollTo } = column(120);
    expect(revealInScroller(heading, { smooth: true })).toBe(false);
    expect(scrollTo).not.toHaveBeenCalled();
  });

  it('never scrolls the page: without a scrolling column it does nothing', () => {
    const { heading, scrollTo } = column(600, { overflow: 'visible' });
    const pageScroll = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    expect(revealInScroller(heading, { smooth: true })).toBe(false);
    expect(scrollTo).not.toHaveBeenCalled();
    expect(pageScroll).not.toHaveBeenCalled();
  });

  it('moves no focus', () => {
    const { heading } = column(600);
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    revealInScroller(heading, { smooth: true });
    expect(document.activeElement).toBe(button);
  });
});
