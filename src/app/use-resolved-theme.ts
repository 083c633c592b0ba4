import type { ThemeChoice } from '../store/prefs-slice';
import { DARK_SCHEME_QUERY, useMediaQuery } from '../lib/media';

/** 'auto' follows prefers-color-scheme live; the result goes on <html data-theme>. */
export function useResolvedTheme(choice: ThemeChoice): 'light' | 'dark' {
  const dark = useMediaQuery(DARK_SCHEME_QUERY);
  if (choice === 'auto') return dark ? 'dark' : 'light';
  return choice;
}
