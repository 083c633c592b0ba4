/**
 * The map palette, re-read whenever <html data-theme> changes. Watching the attribute (rather than
 * the resolvedTheme prop) matters: the app sets it in an effect that runs after this feature renders.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { DARK_SCHEME_QUERY, matchesMedia } from '../../../lib/media';
import { readMapPalette, type MapPalette } from './map-palette';

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = window.matchMedia?.(DARK_SCHEME_QUERY);
  media?.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media?.removeEventListener('change', onChange);
  };
}

const themeKey = () => `${document.documentElement.dataset.theme ?? ''}|${matchesMedia(DARK_SCHEME_QUERY)}`;

export function usePalette(): MapPalette {
  const key = useSyncExternalStore(subscribe, themeKey, () => '');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key says when the CSS tokens changed
  return useMemo(() => readMapPalette(document.documentElement), [key]);
}
