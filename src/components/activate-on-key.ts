import type { KeyboardEvent } from 'react';

/**
 * A keydown handler that runs `activate` on Enter or Space, as a native button does: for SVG
 * groups given `role="button"`. Space's default (scrolling the page) is prevented.
 */
export function onActivateKey(activate: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate();
    }
  };
}
