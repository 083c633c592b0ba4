/**
 * Links inside an embed must not add entries to the host's history: an iframe's navigations,
 * even to `#content`, join the top page's session history, so the host's Back button would step
 * through the atlas's skip link. In an embed, an in-page link moves focus itself, and a link to
 * another atlas URL replaces the frame's entry instead of pushing one.
 */
import type { MouseEvent } from 'react';

/** onClick for `<a href="#id">`: in an embed, focus the target without a fragment navigation. */
export function focusInPage(embed: boolean) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (!embed) return;
    const id = decodeURIComponent(event.currentTarget.hash.slice(1));
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    // A landmark is not focusable by itself: -1 lets the script focus it without a tab stop.
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  };
}

/** onClick for a link to another atlas URL: in an embed, replace the frame's history entry. */
export function replaceInEmbed(
  embed: boolean,
  replace: (href: string) => void = (h) => window.location.replace(h),
) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (!embed || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    replace(event.currentTarget.href);
  };
}
