import { useSyncExternalStore } from 'react';
import type { ThemeChoice } from '../store/prefs-slice';

const query = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void) {
  const media = window.matchMedia?.(query);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

const prefersDark = () => window.matchMedia?.(query).matches ?? false;

/** 'auto' follows prefers-color-scheme live; the result goes on <html data-theme>. */
export function useResolvedTheme(choice: ThemeChoice): 'light' | 'dark' {
  const dark = useSyncExternalStore(subscribe, prefersDark, () => false);
  if (choice === 'auto') return dark ? 'dark' : 'light';
  return choice;
}
