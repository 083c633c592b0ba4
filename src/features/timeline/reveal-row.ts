/**
 * Brings the selected event's row into view inside the box that scrolls the timeline vertically
 * (the presenter's chart frame), never by scrolling the page: a step about a site must show the
 * Sites lane, not the Company lane above it. Where no such box exists (the atlas page), nothing moves.
 */
import { useEffect, type RefObject } from 'react';

export function revealInScroller(target: Element): void {
  for (let box = target.parentElement; box && box !== document.body; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    if (overflowY !== 'auto' && overflowY !== 'scroll') continue;
    if (box.scrollHeight <= box.clientHeight + 1) continue;
    const row = target.getBoundingClientRect();
    const frame = box.getBoundingClientRect();
    if (row.top >= frame.top && row.bottom <= frame.bottom) return;
    box.scrollTop += row.top - frame.top - (frame.height - row.height) / 2;
    return;
  }
}

/** Reveals `selectedId`'s row once the chart has drawn it (recharts may draw a frame later). */
export function useRevealSelectedRow(ref: RefObject<HTMLElement | null>, selectedId: string | null): void {
  useEffect(() => {
    const root = ref.current;
    if (!root || selectedId === null) return;
    const selector = `[data-event-id="${CSS.escape(selectedId)}"]`;
    const tryReveal = () => {
      const row = root.querySelector(selector);
      if (row) revealInScroller(row);
      return row !== null;
    };
    if (tryReveal()) return;
    const observer = new MutationObserver(() => {
      if (tryReveal()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref, selectedId]);
}
